import { anthropic } from '@bedrock-kit/anthropic';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { routeOf as routeOfRequest, useTestEmulator } from '@bedrock-kit/test-utils';
import { createBedrockKit, type BedrockOptions } from '../src/index';

// The AI SDK logs every warning to the console; the tests assert warnings instead.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** Claude 3.7 Sonnet: tools and reasoning; served through the `us.` profile. */
export const model = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';

/** Asks Claude to think (the emulator then answers a signed reasoning block). */
export const thinking = { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } };

export type { Json } from '@bedrock-kit/test-utils';

/** One emulator for the file; `provider()` is a fresh `createBedrockKit` against it with the Claude family. */
export function useEmulator() {
  const { context, request } = useTestEmulator(() => startEmulator());
  const provider = (options: BedrockOptions = {}) =>
    createBedrockKit({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [anthropic], ...options });
  /** The route the `n`-th request took (`/model/{id}/converse-stream` → `converse-stream`). */
  const routeOf = (n = 0) => routeOfRequest(request(n));
  return { context, provider, request, routeOf };
}
