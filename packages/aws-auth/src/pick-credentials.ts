import { ConfigError } from '@bedrock-kit/core';
import { assertApiKey } from './assert-api-key';
import { assertCredential } from './assert-credential';
import type { CredentialsProvider } from './auth-settings';
import { createAwsCredentials, type AwsCredentials } from './aws-credentials';
import { parseAwsCredentials } from './parse-aws-credentials';

/** The credential fields of one source, before checking. */
export interface CredentialFields {
  apiKey?: unknown;
  accessKeyId?: unknown;
  secretAccessKey?: unknown;
  sessionToken?: unknown;
  credentials?: unknown;
}

/** What one source supplies, if anything. */
export type PickedCredentials =
  | { kind: 'bearer'; apiKey: string }
  | { kind: 'keys'; credentials: AwsCredentials }
  | { kind: 'provider'; provider: CredentialsProvider };

/**
 * Chooses the credentials one source gives, in the order: API key, then IAM keys (with that
 * source's session token), then a `credentials` provider or value. Returns `undefined` when the
 * source gives none, so resolution moves on to the next source. Never mixes sources.
 *
 * @param label names a field as the user wrote it, e.g. `apiKey (call options)`.
 * @param rejectLoneSessionToken whether a session token with no keys is an error (options) or ignored (environment).
 */
export function pickCredentials(
  fields: CredentialFields,
  label: (field: keyof CredentialFields) => string,
  rejectLoneSessionToken: boolean,
): PickedCredentials | undefined {
  const text = (field: 'apiKey' | 'accessKeyId' | 'secretAccessKey' | 'sessionToken'): string | undefined => {
    const value = fields[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new ConfigError({ message: `${label(field)} must be a string, not ${typeof value}.` });
    return value;
  };
  const apiKey = text('apiKey');
  if (apiKey !== undefined) {
    assertApiKey(apiKey, label('apiKey'));
    return { kind: 'bearer', apiKey };
  }
  const accessKeyId = text('accessKeyId');
  const secretAccessKey = text('secretAccessKey');
  const sessionToken = text('sessionToken');
  if (accessKeyId !== undefined && secretAccessKey !== undefined) {
    assertCredential(accessKeyId, label('accessKeyId'));
    assertCredential(secretAccessKey, label('secretAccessKey'));
    if (sessionToken !== undefined) assertCredential(sessionToken, label('sessionToken'));
    return { kind: 'keys', credentials: createAwsCredentials({ accessKeyId, secretAccessKey, sessionToken }) };
  }
  if (accessKeyId !== undefined || secretAccessKey !== undefined) {
    const [given, missing] = accessKeyId === undefined ? ['secretAccessKey', 'accessKeyId'] as const : ['accessKeyId', 'secretAccessKey'] as const;
    throw new ConfigError({ message: `${label(given)} is set but ${label(missing)} is missing; set both in one place.` });
  }
  const credentials = fields.credentials;
  if (typeof credentials === 'function') return { kind: 'provider', provider: credentials as CredentialsProvider };
  if (credentials !== undefined && credentials !== null) {
    return { kind: 'keys', credentials: parseAwsCredentials(credentials, label('credentials')) };
  }
  if (sessionToken !== undefined && rejectLoneSessionToken) {
    throw new ConfigError({ message: `${label('sessionToken')} is set without accessKeyId and secretAccessKey; set all three in one place.` });
  }
  return undefined;
}
