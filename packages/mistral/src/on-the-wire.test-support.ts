// Test helper (not exported): one emulator per test file and a facade client with the given families.
import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import type { BedrockError, GenerateTextResult, ModelFamily, StreamEvent } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { collectEvents, failure as failureOf, joinDeltas, useTestEmulator } from '@bedrock-kit/test-utils';

export type { Json } from '@bedrock-kit/test-utils';
export { routeOf } from '@bedrock-kit/test-utils';

/** Starts the emulator for the file; `bedrock()` is a client on it with API-key auth; `request(n)` the n-th request received. */
export function useFamilyEmulator(families: ModelFamily[]) {
  const { context, request } = useTestEmulator(() => startEmulator());
  const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families, maxRetries: 0 });
  return { context, bedrock, request };
}

/** Every event of a stream, and its result. */
export const collect = (stream: AsyncIterable<StreamEvent> & { result: Promise<GenerateTextResult> }) => collectEvents(stream);

/** The error a call fails with (undefined when it succeeds). */
export const failure = (promise: Promise<unknown>) => failureOf<BedrockError>(promise);

/** Deltas of one kind joined. */
export const joined = (events: StreamEvent[], type: 'text-delta' | 'reasoning-delta'): string => joinDeltas(events, type);
