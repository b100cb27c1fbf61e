import type { BedrockClient } from '../client/bedrock-client';
import type { GenerateObjectRequest } from '../request/generate-text-request';
import type { GenerateObjectResult } from './generate-object';
import { parsePartialJson } from './parse-partial-json';
import type { PreparedSchema } from '@bedrock-kit/core';
import { checkObjectRequest } from './check-object-request';
import { prepareObjectCall, readObject, stripCodeFence, type ObjectCall } from './prepare-object-call';
import { streamText } from './stream-text';
import type { TextStream } from './create-text-stream';

/** A value with every property (deeply) optional: what a partial object may hold. */
export type DeepPartial<T> = T extends readonly (infer Item)[] ? DeepPartial<Item>[] : T extends object ? { [Key in keyof T]?: DeepPartial<T[Key]> } : T;

/** What `streamObject` returns. */
export interface ObjectStream<T> {
  /** The object as it grows, parsed from the streamed JSON; each value differs from the one before. */
  readonly partialObjectStream: AsyncIterable<DeepPartial<T>>;
  /** The validated object, when the stream ends (`ObjectValidationError` with `raw` when it does not fit). */
  readonly object: Promise<T>;
  /** The whole result with the object. */
  readonly result: Promise<GenerateObjectResult<T>>;
}

/**
 * `generateObject` as a stream: the same request and modes, with partial objects parsed from the
 * streamed JSON (the answer text in `mode: 'json'`, the forced tool's input deltas in `'tool'`),
 * validated at the end. Nothing is sent until a partial object, `object` or `result` is asked for.
 *
 * @example
 * const client = createBedrockClient({ families: [anthropic] });
 * const { partialObjectStream } = streamObject(client, { model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', prompt: 'A city', schema });
 * for await (const partial of partialObjectStream) console.log(partial);
 */
export function streamObject<T>(client: BedrockClient, request: GenerateObjectRequest<T>): ObjectStream<T> {
  return streamCheckedObject(client, request, checkObjectRequest(request));
}

/**
 * `streamObject` past `checkObjectRequest` (whose errors it throws): `createBedrock`'s method makes
 * the checks when it is called and loads this on first use.
 * @internal
 */
export function streamCheckedObject<T>(client: BedrockClient, request: GenerateObjectRequest<T>, prepared: PreparedSchema<T>): ObjectStream<T> {
  const call = prepareObjectCall(client, request, prepared);
  const stream = streamText(client, call.textRequest);
  let result: Promise<GenerateObjectResult<T>> | undefined;
  const readResult = () => (result ??= stream.result.then(async (text) => ({ ...text, object: await readObject(call, text) })));
  return {
    partialObjectStream: { [Symbol.asyncIterator]: () => readPartialObjects(call, stream)[Symbol.asyncIterator]() },
    get object() {
      return readResult().then((done) => done.object);
    },
    get result() {
      return readResult();
    },
  };
}

async function* readPartialObjects<T>(call: ObjectCall<T>, stream: TextStream): AsyncGenerator<DeepPartial<T>> {
  let json = '';
  let last = '';
  for await (const event of stream) {
    if (call.mode === 'json' && event.type === 'text-delta') json += event.text;
    else if (event.type === 'tool-call-delta' && event.name === call.schemaName) json += event.inputDelta;
    // A replayed non-streaming answer (gpt-oss with tools) may bring the whole input at once.
    else if (event.type === 'tool-call' && event.name === call.schemaName) json = JSON.stringify(event.input);
    else continue;
    const partial = parsePartialJson(stripOpeningFence(json));
    if (partial === undefined || typeof partial !== 'object') continue;
    const key = JSON.stringify(partial);
    if (key === last) continue;
    last = key;
    yield partial as DeepPartial<T>;
  }
}

/** The JSON of a streamed answer that opened a Markdown code fence (closed or not yet). */
function stripOpeningFence(text: string): string {
  const open = /^\s*```(?:json)?\s*\n/.exec(text);
  if (!open) return text;
  const closed = stripCodeFence(text);
  return closed !== text ? closed : text.slice(open[0].length);
}
