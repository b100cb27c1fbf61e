import { ConfigError, loadOnUse, type CodeOnUse } from '@bedrock-kit/core';
import type { CredentialsProvider, Environment } from './auth-settings';
import type { AwsCredentials } from './aws-credentials';
import { getSharedCredentialsCache } from './create-credentials-cache';
import { getKey } from './key-store';
import { getProcessEnvironment } from './load-setting';
import { nameKeyStoreSetting } from './name-setting';
import { parseAwsCredentials } from './parse-aws-credentials';
import { pickCredentials, type CredentialFields } from './pick-credentials';
import { nameEnvironmentSetting, readCredentialEnvironment } from './read-credential-environment';
import { resolveRegion } from './resolve-region';

/** Options of {@link createBedrockApiKey}. */
export interface CreateBedrockApiKeyOptions {
  /**
   * IAM credentials to mint the key from: a provider function (any AWS SDK v3 provider, cached as
   * for calls) or fixed keys. A session token makes the key expire with it too.
   * @default the IAM keys of the key store (`putKey`), then `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`)
   */
  credentials?: CredentialsProvider | AwsCredentials;
  /** The region the key is for (its SigV4 scope). @default the key store's, then `AWS_REGION`, `AWS_DEFAULT_REGION`, `us-east-1` */
  region?: string;
  /** Seconds the key stays valid: an integer from 1 to 43,200 (12 hours). @default 43200 */
  expiresIn?: number;
  /** The signing time, e.g. `clock.now()` from a clock corrected for skew. @default new Date() */
  signingDate?: Date;
  /** Environment variables. @default globalThis.process?.env, read at call time */
  env?: Environment;
}

/** The longest and the default lifetime of a Bedrock short-term API key, in seconds (12 hours). */
export const MAX_BEDROCK_API_KEY_EXPIRES_IN = 43_200;

// The presigner (the signer's code) is a chunk of its own, loaded by the first key minted, after
// every option is checked: a bundle that never mints a key does not hold it.
const minter: CodeOnUse<typeof import('./mint-bedrock-api-key')> = { what: 'the SigV4 presigner', load: () => import('./mint-bedrock-api-key') };

/**
 * Mints a Bedrock short-term API key from IAM credentials, in the format AWS's own token
 * generator writes and Bedrock verifies: `bedrock-api-key-` + base64 of the SigV4-presigned URL
 * `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-…` (service `bedrock`, `POST`, no
 * payload) + `&Version=1`. Send it as `Authorization: Bearer <key>` (the `apiKey` setting). It
 * runs on Web Crypto wherever the library runs, so a server or a Worker can hand a browser a key
 * that expires instead of IAM secrets. The key carries no secret key, but it is a credential:
 * whoever holds it can call Bedrock as these credentials until it expires (or the session token does).
 *
 * @throws ConfigError without IAM credentials (an API key cannot mint another), on malformed
 * credentials or region, when `expiresIn` is not an integer from 1 to 43,200, or when the presigner
 * (a chunk loaded on first use) cannot be loaded.
 * @example
 * // On the server (or in a Worker): a key for the browser, valid 15 minutes.
 * const apiKey = await createBedrockApiKey({ credentials: fromNodeProviderChain(), region: 'us-east-1', expiresIn: 900 });
 * return Response.json({ apiKey });
 */
export async function createBedrockApiKey(options: CreateBedrockApiKeyOptions = {}): Promise<string> {
  const expiresIn = options.expiresIn ?? MAX_BEDROCK_API_KEY_EXPIRES_IN;
  if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_BEDROCK_API_KEY_EXPIRES_IN) {
    throw new ConfigError({ message: `expiresIn must be a whole number of seconds from 1 to ${MAX_BEDROCK_API_KEY_EXPIRES_IN} (12 hours).` });
  }
  if (options.signingDate !== undefined && !(options.signingDate instanceof Date && Number.isFinite(options.signingDate.getTime()))) {
    throw new ConfigError({ message: 'signingDate must be a valid Date.' });
  }
  const env = options.env ?? getProcessEnvironment() ?? {};
  const region = resolveRegion({ call: { region: options.region }, env, nameSetting: (field) => field });
  const credentials = await resolveIamCredentials(options.credentials, env);
  const { mintBedrockApiKey } = await loadOnUse(minter);
  return mintBedrockApiKey({ credentials, region, signingDate: options.signingDate ?? new Date(), expiresIn });
}

/** The IAM credentials to sign with: the option, else the key store's IAM keys, else the environment's. */
async function resolveIamCredentials(given: CredentialsProvider | AwsCredentials | undefined, env: Environment): Promise<AwsCredentials> {
  if (typeof given === 'function') return getSharedCredentialsCache(given)();
  if (given !== undefined && given !== null) return parseAwsCredentials(given, 'credentials');
  const stored = getKey('aws_bedrock');
  const fromEnvironment = readCredentialEnvironment(env);
  const sources: [CredentialFields | undefined, (field: string) => string, boolean][] = [
    // Only the IAM fields: an API key beside them in the same source cannot sign.
    [stored && { accessKeyId: stored.accessKeyId, secretAccessKey: stored.secretAccessKey, sessionToken: stored.sessionToken }, nameKeyStoreSetting, true],
    [{ accessKeyId: fromEnvironment.accessKeyId, secretAccessKey: fromEnvironment.secretAccessKey, sessionToken: fromEnvironment.sessionToken }, nameEnvironmentSetting, false],
  ];
  for (const [fields, label, rejectLoneSessionToken] of sources) {
    if (fields === undefined) continue;
    const picked = pickCredentials(fields, label, rejectLoneSessionToken);
    if (picked?.kind === 'keys') return picked.credentials;
  }
  throw new ConfigError({
    message:
      'createBedrockApiKey needs IAM credentials (an API key cannot mint another): pass credentials (a provider such as fromNodeProviderChain(), or { accessKeyId, secretAccessKey, sessionToken? }), ' +
      "store them with putKey('aws_bedrock', { accessKeyId, secretAccessKey }), or set AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY.",
  });
}
