import { attachRedaction } from './attach-redaction';
import type { AuthSettings, AuthSource, Environment, ResolvedAuth } from './auth-settings';
import { getSharedCredentialsCache } from './create-credentials-cache';
import { createMissingCredentialsError } from './create-missing-credentials-error';
import { getKey } from './key-store';
import { getProcessEnvironment } from './load-setting';
import { nameKeyStoreSetting, nameSettingGenerically, type NameSetting } from './name-setting';
import { pickCredentials, type CredentialFields } from './pick-credentials';
import { nameEnvironmentSetting, readCredentialEnvironment } from './read-credential-environment';

/** Options of {@link resolveAuth}. */
export interface ResolveAuthOptions {
  /** The settings given for this call (the most explicit source). */
  call?: AuthSettings;
  /** The settings given to the client that makes the call. */
  instance?: AuthSettings;
  /** Environment variables. @default globalThis.process?.env, read at call time */
  env?: Environment;
  /**
   * How error messages name a field of `call` or `instance`, in the caller's terms.
   * @default nameSettingGenerically: `apiKey (call options)`, `accessKeyId (client options)`
   */
  nameSetting?: NameSetting;
}

/**
 * Decides how to authenticate one call. The most explicit source wins, whole:
 * the call's settings, then the client's (`apiKey`, keys, or the `credentials`
 * provider), then the key store (`putKey`), then the environment (`AWS_BEARER_TOKEN_BEDROCK`,
 * then `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` with `AWS_SESSION_TOKEN`). Within one
 * source an API key beats IAM keys, which beat a provider. Sources are never mixed: a session
 * token is used only with keys from the same source. A provider is called through
 * `createCredentialsCache` (one cache per provider function).
 *
 * @throws ConfigError when nothing is configured (naming every setting and variable that would
 * work), on half an IAM key pair, a session token without keys, a value with control characters
 * or whitespace, or a failing provider or malformed provider result. The message names the field
 * and where it came from, never its value. Nothing is sent over the network.
 */
export async function resolveAuth(options: ResolveAuthOptions = {}): Promise<ResolvedAuth> {
  const env = options.env ?? getProcessEnvironment();
  const nameSetting = options.nameSetting ?? nameSettingGenerically;
  const environmentFields = readCredentialEnvironment(env ?? {});
  const sources: [AuthSource, CredentialFields | undefined, (field: string) => string][] = [
    ['call', options.call, (field) => nameSetting(field, 'call')],
    ['instance', options.instance, (field) => nameSetting(field, 'instance')],
    ['key-store', getKey('aws_bedrock'), nameKeyStoreSetting],
    ['environment', environmentFields, nameEnvironmentSetting],
  ];
  for (const [source, fields, label] of sources) {
    if (typeof fields !== 'object' || fields === null) continue;
    // A leftover AWS_SESSION_TOKEN alone is ignored: the "no credentials" error explains more.
    const picked = pickCredentials(fields, label, source !== 'environment');
    if (picked === undefined) continue;
    if (picked.kind === 'bearer') return attachRedaction({ kind: 'bearer', source }, 'ResolvedAuth', { apiKey: picked.apiKey }) as ResolvedAuth;
    const credentials = picked.kind === 'keys' ? picked.credentials : await getSharedCredentialsCache(picked.provider)();
    return attachRedaction({ kind: 'sigv4', credentials, source: picked.kind === 'keys' ? source : 'provider' }, 'ResolvedAuth', {}) as ResolvedAuth;
  }
  throw createMissingCredentialsError(env !== undefined);
}
