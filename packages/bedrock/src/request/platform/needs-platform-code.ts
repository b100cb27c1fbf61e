import type { ModelFamily } from '@bedrock-kit/core';
import { isKnownOptionKey } from './platform-option-keys';

/** The keys `readPlatformOptions` reads: settings that go on the wire as platform fields or headers. */
export const platformSettingKeys: readonly string[] = ['guardrail', 'serviceTier', 'latency', 'requestMetadata', 'additionalModelResponseFieldPaths', 'promptVariables'];

/**
 * Whether a call needs the platform options' code (`platform-code.ts`, loaded on use): it sets a
 * platform key (`baseModel` and `promptCache` included), or a key that neither the facade nor a
 * configured family reads (refused with the nearest known key). A call with neither, most calls,
 * never loads that code.
 */
export function needsPlatformCode(providerOptions: Record<string, unknown>, families: readonly ModelFamily[]): boolean {
  for (const key in providerOptions) {
    // The settings, and the two keys the platform code checks against the model.
    const checked = platformSettingKeys.includes(key) || key === 'baseModel' || key === 'promptCache';
    if (checked ? providerOptions[key] !== undefined : !isKnownOptionKey(key, families)) return true;
  }
  return false;
}
