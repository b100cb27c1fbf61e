import { ConfigError } from '@bedrock-kit/core';

// Visible ASCII only: fetch rejects a header value with CR/LF with an error that quotes the
// value, which would leak the key, so we refuse it first, without quoting it.
const API_KEY_PATTERN = /^[\x21-\x7e]+$/;

/**
 * Checks that a Bedrock API key can be sent as `Authorization: Bearer <key>`.
 * `label` names where it came from (e.g. `AWS_BEARER_TOKEN_BEDROCK`); the key itself is never quoted.
 */
export function assertApiKey(apiKey: unknown, label: string): asserts apiKey is string {
  if (typeof apiKey !== 'string' || !API_KEY_PATTERN.test(apiKey)) {
    throw new ConfigError({ message: `The Bedrock API key in ${label} is empty or has whitespace or control characters (often a trailing newline); pass it exactly as issued.` });
  }
}
