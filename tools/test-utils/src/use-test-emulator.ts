import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';

/** AWS variables a developer may have set; tests start from none of them. */
export const awsVariables = [
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
  'AWS_PROFILE',
];

/** What these helpers use of `@bedrock-kit/emulator`'s `Emulator` (named structurally: test-utils imports no package of ours). */
export interface TestEmulator {
  readonly requests: readonly { path: string }[];
  reset(): void;
  close(): Promise<void>;
}

/** JSON as the emulator parsed it; tests index into request bodies freely. */
export type Json = Record<string, any>;

/**
 * One emulator for the test file, started by `start` (e.g. `() => startEmulator()`): AWS variables
 * are cleared for each test and the emulator is reset after each. `request(n)` is the n-th request it
 * received (a failed expectation when it never came).
 */
export function useTestEmulator<E extends TestEmulator>(start: () => Promise<E>) {
  const context = {} as { emulator: E };
  beforeAll(async () => {
    context.emulator = await start();
  });
  afterAll(async () => {
    await context.emulator?.close();
  });
  beforeEach(() => {
    for (const name of awsVariables) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    context.emulator.reset();
  });
  const request = (n = 0): E['requests'][number] & { body: Json } => {
    const received = context.emulator.requests[n];
    expect(received, `request #${n} was never sent`).toBeDefined();
    return received as E['requests'][number] & { body: Json };
  };
  return { context, request };
}

/** The route a request took (`/model/{id}/converse-stream` → `converse-stream`). */
export function routeOf(request: { path: string }): string {
  return request.path.slice(request.path.lastIndexOf('/') + 1);
}

/** Every event of a stream, and its result. */
export async function collectEvents<Event, Result>(stream: AsyncIterable<Event> & { result: Promise<Result> }): Promise<{ events: Event[]; result: Result }> {
  const events: Event[] = [];
  for await (const event of stream) events.push(event);
  return { events, result: await stream.result };
}

/** The error a call fails with (undefined when it succeeds). */
export function failure<Failure = Error>(promise: Promise<unknown>): Promise<Failure | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => error as Failure,
  );
}

/** The `text` of the stream events of one kind, joined (`'text-delta'`, `'reasoning-delta'`). */
export function joinDeltas(events: readonly { type: string; text?: string }[], type: string): string {
  return events.flatMap((event) => (event.type === type ? [event.text ?? ''] : [])).join('');
}
