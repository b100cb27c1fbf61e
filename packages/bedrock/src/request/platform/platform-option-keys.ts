import type { ModelFamily } from '@bedrock-kit/core';
import { authOptionKeys } from '../auth-option-keys';

/** The keys `readPlatformOptions` reads: settings that go on the wire as platform fields or headers. */
export const platformSettingKeys: readonly string[] = ['guardrail', 'serviceTier', 'latency', 'requestMetadata', 'additionalModelResponseFieldPaths', 'promptVariables'];

/**
 * The `providerOptions` keys the facade itself reads (API.md "providerOptions keys" and "Second
 * round"). A family's own keys come from its `ModelFamily.providerOptionKeys`; together they are
 * every key a call accepts: any other is an `InputError` naming the nearest of them.
 * A key a new feature reads is added here, in one line.
 */
export const platformOptionKeys: readonly string[] = [
  ...authOptionKeys,
  'useConverse',
  'additionalModelRequestFields',
  ...platformSettingKeys,
  'promptCache',
  'baseModel',
  'streamUnderTheHood',
];

/** Whether the facade or one of the configured families reads `key`. */
export function isKnownOptionKey(key: string, families: readonly ModelFamily[]): boolean {
  return platformOptionKeys.includes(key) || families.some((family) => family.providerOptionKeys?.[key] !== undefined);
}
