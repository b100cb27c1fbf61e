import { ConfigError } from '@bedrock-kit/core';

/** Web Crypto's `subtle`, or a ConfigError saying where it exists and how to do without it. */
export function getSubtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new ConfigError({
      message: 'SigV4 signing needs Web Crypto (globalThis.crypto.subtle), in browsers on https:// or localhost only; or use a Bedrock apiKey.',
    });
  }
  return subtle;
}
