import type { ModelFamily } from '@bedrock-kit/core';
import { throwInputError } from '../throw-input-error';
import { findNearestKey } from './find-nearest-key';
import { isKnownOptionKey, platformOptionKeys } from './platform-option-keys';

/**
 * Refuses, before anything is sent, a `providerOptions` key that neither the facade nor any
 * configured family reads: a misspelt option would otherwise be dropped silently. The error
 * names the nearest known key (`use_converse` → "did you mean `useConverse`?").
 */
export function checkProviderOptionKeys(providerOptions: Record<string, unknown>, families: readonly ModelFamily[]): void {
  for (const key in providerOptions) {
    if (isKnownOptionKey(key, families)) continue;
    const known = [...platformOptionKeys, ...families.flatMap((family) => Object.keys(family.providerOptionKeys ?? {}))];
    const nearest = findNearestKey(key, known);
    throwInputError(
      `providerOptions.${key} is not an option bedrock-kit knows${nearest ? `: did you mean \`${nearest}\`?` : ''} ` +
        `(a family's keys are known once it is in createBedrock({ families })).`,
    );
  }
}
