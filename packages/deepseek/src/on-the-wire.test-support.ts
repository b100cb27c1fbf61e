// Test helper (not exported): one emulator per test file and a facade client with the given families.
import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import type { BedrockError, GenerateTextResult, ModelFamily, StreamEvent } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator, type Emulator, type RecordedRequest } from '@bedrock-kit/emulator';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** JSON as the emulator parsed it. */
export type Json = Record<string, any>;

/** Starts the emulator for the file; `bedrock()` is a client on it with API-key auth; `request(n)` the n-th request received. */
export function useFamilyEmulator(families: ModelFamily[]) {
  const state = {} as { emulator: Emulator };
  beforeAll(async () => {
    state.emulator = await startEmulator();
  });
  afterAll(async () => {
    await state.emulator?.close();
  });
  afterEach(() => state.emulator.reset());
  const bedrock = (): Bedrock => createBedrock({ endpoint: state.emulator.url, apiKey: emulatorApiKey, families, maxRetries: 0 });
  const request = (n = 0): RecordedRequest & { body: Json } => {
    const received = state.emulator.requests[n];
    expect(received, `request #${n} was never sent`).toBeDefined();
    return received as RecordedRequest & { body: Json };
  };
  return { context: state, bedrock, request };
}

/** Every event of a stream, and its result. */
export async function collect(stream: AsyncIterable<StreamEvent> & { result: Promise<GenerateTextResult> }) {
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

/** Deltas of one kind joined. */
export const joined = (events: StreamEvent[], type: 'text-delta' | 'reasoning-delta'): string =>
  events.flatMap((event) => (event.type === type ? [event.text] : [])).join('');

/** The route a request took (`/model/{id}/converse-stream` → `converse-stream`). */
export const routeOf = (request: RecordedRequest): string => request.path.slice(request.path.lastIndexOf('/') + 1);
