import type { SharedV4ProviderOptions } from '@ai-sdk/provider';

/** The provider-options key this provider reads (`providerOptions.bedrockKit`). */
export const providerOptionsKey = 'bedrockKit';

/** The `bedrockKit` entry of AI SDK provider options or metadata, if any. */
export function readBedrockKitOptions(options: SharedV4ProviderOptions | undefined): Record<string, unknown> | undefined {
  const value = options?.[providerOptionsKey];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
