import type { ModelFamily } from '@bedrock-kit/core';

/** The keys `readPlatformOptions` reads: settings that go on the wire as platform fields or headers. */
export const platformSettingKeys: readonly string[] = ['guardrail', 'serviceTier', 'latency', 'requestMetadata', 'additionalModelResponseFieldPaths', 'promptVariables'];

/**
 * The `providerOptions` keys the facade itself reads (API.md "providerOptions keys" and "Second
 * round"). A family's own keys come from its `ModelFamily.providerOptionKeys`; together they are
 * every key a call accepts: any other is an `InputError` naming the nearest of them.
 * A key a new feature reads is added here, in one line.
 */
// Written out, not spread from `authOptionKeys` and `platformSettingKeys`: a spread is code a bundler
// keeps wherever the module is imported (it may run an iterator), and bundles that read neither list
// (embeddings alone) grew by 73 B with it (measured).
export const platformOptionKeys: readonly string[] = [
  'apiKey',
  'region',
  'accessKeyId',
  'secretAccessKey',
  'sessionToken',
  'useConverse',
  'additionalModelRequestFields',
  'guardrail',
  'serviceTier',
  'latency',
  'requestMetadata',
  'additionalModelResponseFieldPaths',
  'promptCache',
  'baseModel',
  'promptVariables',
  'streamUnderTheHood',
];

/** Whether the facade or one of the configured families reads `key`. */
export function isKnownOptionKey(key: string, families: readonly ModelFamily[]): boolean {
  return platformOptionKeys.includes(key) || families.some((family) => family.providerOptionKeys?.[key] !== undefined);
}
