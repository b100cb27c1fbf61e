import { ConfigError } from '@bedrock-kit/core';
import { assertCredential } from './assert-credential';
import { assertRegion } from './assert-region';
import type { AwsCredentials } from './aws-credentials';
import { parseRequestUrl } from './parse-request-url';
import { signHttpRequest } from './sign-http-request';

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

/** Options of {@link signRequest}. */
export interface SignRequestOptions {
  credentials: AwsCredentials;
  /** e.g. `us-east-1`. */
  region: string;
  /** Signing name. @default 'bedrock' */
  service?: string;
  /** The signing time, e.g. `clock.now()` from {@link createClock} to correct clock skew. @default new Date() */
  signingDate?: Date;
}

const REPLACED_HEADERS = new Set(['host', 'authorization', 'x-amz-date', 'date', 'x-amz-security-token']);

/**
 * Signs a request with AWS Signature Version 4 (header mode) and returns the headers to send:
 * yours plus `x-amz-date`, `x-amz-security-token` (with a session token) and `authorization`.
 * `host` is signed from the URL but not returned, because `fetch` sets it from the URL itself.
 * The path is signed encoded twice, as every AWS service but S3 expects
 * (`/model/a%3Ab/invoke` → `/model/a%253Ab/invoke` in the canonical request).
 *
 * @example
 * const headers = await signRequest(
 *   { method: 'POST', url, headers: { 'content-type': 'application/json' }, body },
 *   { credentials, region: 'us-east-1' },
 * );
 * await fetch(url, { method: 'POST', headers, body });
 * @throws ConfigError when `credentials` lacks `accessKeyId` or `secretAccessKey`, a credential has a
 * control character or whitespace, or `region` is not a region name (the secret is never quoted).
 */
export async function signRequest(request: SignableRequest, options: SignRequestOptions): Promise<Record<string, string>> {
  const { credentials } = options;
  if (typeof credentials?.accessKeyId !== 'string' || typeof credentials.secretAccessKey !== 'string') {
    throw new ConfigError({ message: 'signRequest needs credentials with accessKeyId and secretAccessKey, e.g. from resolveAuth.' });
  }
  // Checked on every signing (well under a microsecond): credentials may be built by hand, and a
  // CR or LF in a header value makes fetch throw an error that quotes the value.
  assertCredential(credentials.accessKeyId, 'credentials.accessKeyId');
  assertCredential(credentials.secretAccessKey, 'credentials.secretAccessKey');
  if (credentials.sessionToken) assertCredential(credentials.sessionToken, 'credentials.sessionToken');
  assertRegion(options.region, 'region');
  const url = parseRequestUrl(request.url);
  const headers: Record<string, string> = {};
  for (const name in request.headers) {
    if (!REPLACED_HEADERS.has(name.toLowerCase())) headers[name] = request.headers[name]!;
  }
  headers.host = url.host;
  const { headers: signed } = await signHttpRequest(
    { method: request.method.toUpperCase(), protocol: url.protocol, hostname: url.hostname, path: url.path, query: url.query, headers, body: request.body },
    { credentials, region: options.region, service: options.service ?? 'bedrock', signingDate: options.signingDate ?? new Date() },
  );
  delete signed.host;
  return signed;
}
