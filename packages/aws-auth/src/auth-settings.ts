import type { AwsCredentials } from './aws-credentials';

/**
 * A function that returns AWS credentials, e.g. any AWS SDK v3 provider such as
 * `fromNodeProviderChain()` or `fromSSO()` from `@aws-sdk/credential-providers`, unchanged.
 */
export type CredentialsProvider = () => AwsCredentials | Promise<AwsCredentials>;

/**
 * Credential and region settings of one source: those given for a call, or those given to
 * a client. Empty strings count as not set.
 */
export interface AuthSettings {
  /** Bedrock API key, sent as `Authorization: Bearer`. Beats IAM keys given in the same place. */
  apiKey?: string;
  /** IAM access key ID; needs `secretAccessKey` in the same place. */
  accessKeyId?: string;
  /** IAM secret access key; needs `accessKeyId` in the same place. */
  secretAccessKey?: string;
  /** STS session token for the keys given in the same place (`x-amz-security-token`). */
  sessionToken?: string;
  /** AWS region, e.g. `us-east-1`. */
  region?: string;
  /** A credentials provider function (cached, see `createCredentialsCache`), or fixed credentials. Used when this source has no apiKey or keys. */
  credentials?: CredentialsProvider | AwsCredentials;
}

/** Where the credentials in use came from. `provider`: a `credentials` provider function. */
export type AuthSource = 'call' | 'instance' | 'key-store' | 'environment' | 'provider';

/** The outcome of `resolveAuth`. Prints redacted (`toString`, `util.inspect`, `JSON.stringify`). */
export type ResolvedAuth =
  | { readonly kind: 'bearer'; readonly apiKey: string; readonly source: AuthSource }
  | { readonly kind: 'sigv4'; readonly credentials: AwsCredentials; readonly source: AuthSource };

/** Environment variables as a record, like `process.env`. */
export type Environment = Record<string, string | undefined>;
