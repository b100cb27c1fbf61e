import { ConfigError } from '@bedrock-kit/core';
import { createAwsCredentials, type AwsCredentials } from './aws-credentials';

/**
 * Checks a credentials value from outside (a provider's result, fixed `credentials`) and
 * returns a redacting copy. Accepts the AWS SDK shape unchanged (extra fields such as
 * `credentialScope` or `accountId` are ignored); `expiration` may be a Date, an ISO string
 * or epoch milliseconds. The error names the bad field, never its value.
 *
 * @param label where the value came from, e.g. `the credentials provider's result`.
 */
export function parseAwsCredentials(value: unknown, label: string): AwsCredentials {
  const fail = (problem: string): never => {
    throw new ConfigError({
      message: `${label} ${problem}; expected { accessKeyId: string, secretAccessKey: string, sessionToken?: string, expiration?: Date }.`,
    });
  };
  if (typeof value !== 'object' || value === null) return fail(`is ${value === null ? 'null' : typeof value}, not an object`);
  const record = value as Record<string, unknown>;
  for (const field of ['accessKeyId', 'secretAccessKey'] as const) {
    if (typeof record[field] !== 'string' || record[field] === '') fail(`has no ${field} (a non-empty string)`);
  }
  const sessionToken = record.sessionToken ?? undefined;
  if (sessionToken !== undefined && typeof sessionToken !== 'string') fail('has a sessionToken that is not a string');
  const expiration = parseExpiration(record.expiration ?? undefined);
  if (expiration === null) fail('has an expiration that is not a valid date');
  return createAwsCredentials({
    accessKeyId: record.accessKeyId as string,
    secretAccessKey: record.secretAccessKey as string,
    sessionToken: sessionToken as string | undefined,
    expiration: expiration ?? undefined,
  });
}

function parseExpiration(value: unknown): Date | undefined | null {
  if (value === undefined) return undefined;
  const time =
    value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(time) ? new Date(time) : null;
}
