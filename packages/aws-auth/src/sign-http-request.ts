import { ALGORITHM_IDENTIFIER } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { createCanonicalRequest } from './create-canonical-request';
import { createSignature } from './create-signature';
import { formatAmzDate } from './format-amz-date';
import type { HttpRequestToSign } from './http-request-to-sign';
import { sha256Hex } from '#sha256';

/** Options of {@link signHttpRequest}. */
export interface SignHttpRequestOptions {
  credentials: AwsCredentials;
  region: string;
  service: string;
  signingDate: Date;
  /** Normalise the path and encode it again (false only for S3-style signing). @default true */
  escapePath?: boolean;
}

/** The headers to send, plus the intermediate strings (for tests and debugging). */
export interface SignedHttpRequest {
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
}

/**
 * SigV4 in header mode, composed from `@smithy/signature-v4`'s exported helpers: adds
 * `x-amz-date`, `x-amz-security-token` (with a session token) and `authorization`.
 * A body's hash is taken from an `x-amz-content-sha256` header when one is given.
 */
export async function signHttpRequest(request: HttpRequestToSign, options: SignHttpRequestOptions): Promise<SignedHttpRequest> {
  const { credentials } = options;
  const longDate = formatAmzDate(options.signingDate);
  const headers: Record<string, string> = { ...request.headers, 'x-amz-date': longDate };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const signable = { ...request, headers };
  const payloadHash = findPayloadHash(headers) ?? (await sha256Hex(request.body ?? ''));
  const { canonicalRequest, signedHeaders } = createCanonicalRequest(signable, payloadHash, options.escapePath);
  const { scope, stringToSign, signature } = await createSignature({ ...options, canonicalRequest, longDate });
  headers.authorization = `${ALGORITHM_IDENTIFIER} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign };
}

// The sender's own body hash, as smithy's getPayloadHash reads it. That helper is not used: the
// body is always a string or bytes here, and hashing it through `#sha256` directly lets Node
// hash and hex-encode natively.
function findPayloadHash(headers: Record<string, string>): string | undefined {
  for (const name in headers) if (name.toLowerCase() === 'x-amz-content-sha256') return headers[name];
  return undefined;
}
