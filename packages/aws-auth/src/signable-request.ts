import type { AwsCredentials } from './aws-credentials';

/** The request to sign: what will be passed to `fetch`. */
export interface SignableRequest {
  method: string;
  /** Full URL; its path must already be percent-encoded (`%3A` for `:` in a model ID). */
  url: string | URL;
  /** Headers to send and sign. `host` is taken from `url`; `authorization`, `x-amz-date` and `x-amz-security-token` given here are replaced. */
  headers: Record<string, string>;
  /** The exact body bytes or string that will be sent (its SHA-256 is signed). */
  body?: string | Uint8Array;
}

/** Options of `signRequest`. */
export interface SignRequestOptions {
  credentials: AwsCredentials;
  /** e.g. `us-east-1`. */
  region: string;
  /** Signing name. @default 'bedrock' */
  service?: string;
  /** The signing time, e.g. `clock.now()` from `createClock` to correct clock skew. @default new Date() */
  signingDate?: Date;
}
