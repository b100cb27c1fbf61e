import { ConfigError } from '@bedrock-kit/core';

// Visible ASCII only. Every credential is sent in a header (the access key ID inside
// `authorization`, the session token as `x-amz-security-token`) or keys an HMAC; a CR, LF or NUL
// makes fetch reject the header with an error that quotes the value, leaking the secret. AWS
// issues these values in this alphabet, so anything else is a copy-paste mistake.
const CREDENTIAL_PATTERN = /^[\x21-\x7e]+$/;

/**
 * Checks one credential value (`accessKeyId`, `secretAccessKey`, `sessionToken`): a non-empty
 * string of visible ASCII, with no control character (CR, LF, NUL, …) and no whitespace.
 *
 * @param label names the field and where it came from, e.g. `sessionToken (client options)` or
 * `AWS_SESSION_TOKEN`; the value itself is never quoted, not even in part.
 * @throws ConfigError otherwise.
 */
export function assertCredential(value: unknown, label: string): asserts value is string {
  if (typeof value !== 'string') throw new ConfigError({ message: `${label} must be a string, not ${value === null ? 'null' : typeof value}.` });
  if (!isCredentialText(value)) throw new ConfigError({ message: `${label} ${CREDENTIAL_PROBLEM}.` });
}

/** What is wrong with a value {@link isCredentialText} refuses, worded to follow a field name. */
export const CREDENTIAL_PROBLEM = 'is empty or has a control character (CR, LF, NUL, …), a space or non-ASCII; pass it exactly as issued';

/** Whether `value` is a non-empty string of visible ASCII. */
export function isCredentialText(value: string): boolean {
  return CREDENTIAL_PATTERN.test(value);
}
