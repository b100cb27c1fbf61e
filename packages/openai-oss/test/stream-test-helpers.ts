import {
  convertBase64ToBytes,
  createStreamAccumulator,
  type ModelRequest,
  type ModelStreamPart,
  type NativeStreamParser,
} from '@bedrock-kit/core';
import { createEventStreamDecoder, readStringHeader } from '@bedrock-kit/eventstream';
import { collectStream } from '@bedrock-kit/test-utils';

/** A minimal ModelRequest with overrides (test helper). */
export function makeRequest(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return { messages: [{ role: 'user', content: 'Hi' }], providerOptions: {}, stream: false, ...overrides };
}

/** Runs chunks through a parser (and its flush) and returns every part (test helper). */
export function parseAll(parser: NativeStreamParser, chunks: unknown[]): ModelStreamPart[] {
  return [...chunks.flatMap((chunk) => parser.parse(chunk)), ...(parser.flush?.() ?? [])];
}

/** Feeds parts to the shared accumulator and returns its final snapshot (test helper). */
export function accumulate(parts: ModelStreamPart[]) {
  const accumulator = createStreamAccumulator();
  for (const part of parts) accumulator.push(part);
  accumulator.end();
  return accumulator.snapshot();
}

/** Decodes event-stream bytes into `{ eventType, payload }` with payloads parsed as JSON (test helper). */
export async function decodeEventStream(bytes: Uint8Array): Promise<{ eventType: string | undefined; payload: any }[]> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const messages = await collectStream(source.pipeThrough(createEventStreamDecoder()));
  return messages.map((message) => ({
    eventType: readStringHeader(message, ':event-type'),
    payload: JSON.parse(new TextDecoder().decode(message.payload)),
  }));
}

/** The model JSON inside an InvokeModelWithResponseStream `chunk` payload `{"bytes":"<base64>"}` (test helper). */
export function decodeChunkPayload(payload: { bytes: string }): unknown {
  return JSON.parse(new TextDecoder().decode(convertBase64ToBytes(payload.bytes)));
}
