import type { Environment } from './auth-settings';
import { loadSetting } from './load-setting';
import type { CredentialFields } from './pick-credentials';

/** The environment variable behind each credential field. */
export const CREDENTIAL_ENV_NAMES = {
  apiKey: 'AWS_BEARER_TOKEN_BEDROCK',
  accessKeyId: 'AWS_ACCESS_KEY_ID',
  secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  sessionToken: 'AWS_SESSION_TOKEN',
} as const;

/** The credential fields the environment sets (empty values count as unset), read now. */
export function readCredentialEnvironment(env: Environment): CredentialFields {
  const fields: CredentialFields = {};
  for (const field in CREDENTIAL_ENV_NAMES) {
    fields[field as keyof typeof CREDENTIAL_ENV_NAMES] = loadSetting(CREDENTIAL_ENV_NAMES[field as keyof typeof CREDENTIAL_ENV_NAMES], env);
  }
  return fields;
}

/** Names a field by its environment variable, for messages. */
export function nameEnvironmentSetting(field: string): string {
  return CREDENTIAL_ENV_NAMES[field as keyof typeof CREDENTIAL_ENV_NAMES] ?? field;
}
