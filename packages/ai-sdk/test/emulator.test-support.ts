import { anthropic } from '@bedrock-kit/anthropic';
import { emulatorApiKey, startEmulator, type Emulator, type RecordedRequest } from '@bedrock-kit/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { createBedrockKit, type BedrockOptions } from '../src/index';

// The AI SDK logs every warning to the console; the tests assert warnings instead.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** AWS variables a developer may have set; tests start from none of them. */
const awsVariables = [
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

/** Claude 3.7 Sonnet: tools and reasoning; served through the `us.` profile. */
export const model = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';

/** Asks Claude to think (the emulator then answers a signed reasoning block). */
export const thinking = { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } };

/** JSON as the emulator parsed it; tests index into request bodies freely. */
export type Json = Record<string, any>;

/** One emulator for the file; `provider()` is a fresh `createBedrockKit` against it with the Claude family. */
export function useEmulator() {
  const state = {} as { emulator: Emulator };
  beforeAll(async () => {
    state.emulator = await startEmulator();
  });
  afterAll(async () => {
    await state.emulator?.close();
  });
  beforeEach(() => {
    for (const name of awsVariables) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    state.emulator.reset();
  });
  const provider = (options: BedrockOptions = {}) =>
    createBedrockKit({ endpoint: state.emulator.url, apiKey: emulatorApiKey, families: [anthropic], ...options });
  /** The `n`-th request the emulator received (0-based). */
  const request = (n = 0): RecordedRequest & { body: Json } => {
    const received = state.emulator.requests[n];
    expect(received, `request #${n} was never sent`).toBeDefined();
    return received as RecordedRequest & { body: Json };
  };
  /** The route a request took (`/model/{id}/converse-stream` → `converse-stream`). */
  const routeOf = (n = 0) => {
    const path = request(n).path;
    return path.slice(path.lastIndexOf('/') + 1);
  };
  return { context: state, provider, request, routeOf };
}
