import type { ModelFamily } from '@bedrock-kit/core';
import { isKnownOptionKey, platformSettingKeys } from './platform-option-keys';

/**
 * Whether a call has platform options to read and put on the wire (a platform setting), or a key
 * that neither the facade nor a configured family reads (refused with the nearest known key).
 */
export function hasPlatformOptions(providerOptions: Record<string, unknown>, families: readonly ModelFamily[]): boolean {
  for (const key in providerOptions) {
    if (platformSettingKeys.includes(key) ? providerOptions[key] !== undefined : !isKnownOptionKey(key, families)) return true;
  }
  return false;
}

/**
 * Whether a call needs the platform options' code (`platform-code.ts`, loaded on use): it has
 * platform options (`hasPlatformOptions`), or sets `baseModel` or `promptCache`, which that code
 * checks against the model. A call with none of them, most calls, never loads that code.
 */
export function needsPlatformCode(providerOptions: Record<string, unknown>, families: readonly ModelFamily[]): boolean {
  return providerOptions.baseModel !== undefined || providerOptions.promptCache !== undefined || hasPlatformOptions(providerOptions, families);
}
