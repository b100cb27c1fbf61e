import { ConfigError } from '@bedrock-kit/core';
import { CREDENTIAL_PROBLEM, isCredentialText } from './assert-credential';
import { createAwsCredentials, type AwsCredentials } from './aws-credentials';

/**
 * Checks a credentials value from outside (a provider's result, fixed `credentials`) and
 * returns a redacting copy. Accepts the AWS SDK shape unchanged (extra fields such as
 * `credentialScope` or `accountId` are ignored); `expiration` may be a Date, an ISO string
 * or epoch milliseconds. Each credential must be visible ASCII (no CR, LF, NUL or other control
 * character, no whitespace). The error names the bad field, never its value.
 *
 * @param label where the value came from, e.g. `the credentials provider's result`.
 */
export function parseAwsCredentials(value: unknown, label: string): AwsCredentials {
  const fail = (problem: string) => new ConfigError({ message: `${label} ${problem}.` });
  if (typeof value !== 'object' || value === null) {
    throw fail(`is ${value === null ? 'null' : typeof value}, not an object with accessKeyId and secretAccessKey`);
  }
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = value as Record<string, unknown>;
  if (typeof accessKeyId !== 'string' || accessKeyId === '') throw fail('has no accessKeyId (a non-empty string)');
  if (typeof secretAccessKey !== 'string' || secretAccessKey === '') throw fail('has no secretAccessKey (a non-empty string)');
  if (sessionToken != null && typeof sessionToken !== 'string') throw fail('has a sessionToken that is not a string');
  for (const [field, text] of [['accessKeyId', accessKeyId], ['secretAccessKey', secretAccessKey], ['sessionToken', sessionToken || undefined]] as const) {
    if (text !== undefined && !isCredentialText(text)) throw fail(`has a ${field} that ${CREDENTIAL_PROBLEM}`);
  }
  const expirationTime = expiration == null ? undefined : toTime(expiration);
  if (Number.isNaN(expirationTime)) throw fail('has an expiration that is not a valid date');
  return createAwsCredentials({
    accessKeyId,
    secretAccessKey,
    sessionToken: sessionToken ?? undefined,
    expiration: expirationTime === undefined ? undefined : new Date(expirationTime),
  });
}

// A Date, a date string or epoch milliseconds; NaN for anything else.
function toTime(value: unknown): number {
  return value instanceof Date || typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
}
