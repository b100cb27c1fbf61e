import { jsonSchema, type BedrockError, type GenerateTextResult, type ModelFamily, type StreamEvent, type Tool } from '@bedrock-kit/core';
import { emulatorApiKey, type RecordedRequest } from '@bedrock-kit/emulator';
import { expect } from 'vitest';
import { createBedrock, type Bedrock } from '../create-bedrock';
import type { TextStream } from '../calls/create-text-stream';
import { useEmulator } from './emulator.test-support';

/** JSON as the emulator parsed it; tests index into request bodies freely. */
export type Json = Record<string, any>;

/** One emulator for the file and a client configured with the given families. */
export function useFamilyEmulator(families: ModelFamily[]) {
  const context = useEmulator();
  const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families });
  /** The `n`-th request the emulator received (0-based). */
  const request = (n = 0): RecordedRequest & { body: Json } => {
    const received = context.emulator.requests[n];
    expect(received, `request #${n} was never sent`).toBeDefined();
    return received as RecordedRequest & { body: Json };
  };
  return { context, bedrock, request };
}

/** Every event of a stream, and its result. */
export async function collect(stream: TextStream): Promise<{ events: StreamEvent[]; result: GenerateTextResult }> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return { events, result: await stream.result };
}

/** The error a call fails with (undefined when it succeeds). */
export function failure(promise: Promise<unknown>): Promise<BedrockError | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => error as BedrockError,
  );
}

/** The error a stream fails with, after reading it to the end. */
export async function streamFailure(stream: TextStream): Promise<BedrockError | undefined> {
  stream.result.catch(() => undefined);
  stream.text.catch(() => undefined);
  return failure(
    (async () => {
      for await (const _event of stream) {
        // drain
      }
    })(),
  );
}

/** Text deltas joined. */
export function textOf(events: StreamEvent[]): string {
  return events.flatMap((event) => (event.type === 'text-delta' ? [event.text] : [])).join('');
}

/** Reasoning deltas joined. */
export function reasoningOf(events: StreamEvent[]): string {
  return events.flatMap((event) => (event.type === 'reasoning-delta' ? [event.text] : [])).join('');
}

/** The route a request took, from its path (`/model/{id}/converse-stream` → `converse-stream`). */
export function routeOf(request: RecordedRequest): string {
  return request.path.slice(request.path.lastIndexOf('/') + 1);
}

/** A small tool set with a JSON Schema input. */
export const weatherTools: Record<string, Tool> = {
  weather: {
    description: 'Current weather for a city',
    inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }),
  },
};
