import { ALGORITHM_IDENTIFIER, getCanonicalHeaders } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { createCanonicalRequest } from './create-canonical-request';
import { createSignature } from './create-signature';
import { formatAmzDate } from './format-amz-date';
import type { HttpRequestToSign } from './http-request-to-sign';
import { sha256Hex } from '#sha256';

/** Options of {@link presignHttpRequest}. */
export interface PresignHttpRequestOptions {
  credentials: AwsCredentials;
  region: string;
  service: string;
  signingDate: Date;
  /** Seconds the signature stays valid (`X-Amz-Expires`). */
  expiresIn: number;
  /** Normalise the path and encode it again (false only for S3-style signing). @default true */
  escapePath?: boolean;
  /** The payload's SHA-256 in hex. @default the hash of `body` (of nothing when there is none) */
  payloadHash?: string;
}

/** The query to send (the request's own parameters plus the `X-Amz-*` ones), and the intermediate strings. */
export interface PresignedHttpRequest {
  query: Record<string, string | string[]>;
  canonicalRequest: string;
  stringToSign: string;
}

/**
 * SigV4 in presigned-query mode, as smithy's `SignatureV4.presign` does it, from the same
 * canonical request and signature functions as header mode: adds `X-Amz-Algorithm`,
 * `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders` (every header given;
 * the caller moves `x-amz-*` headers into the query first if it wants them there),
 * `X-Amz-Security-Token` with a session token, then `X-Amz-Signature`.
 */
export async function presignHttpRequest(request: HttpRequestToSign, options: PresignHttpRequestOptions): Promise<PresignedHttpRequest> {
  const { credentials } = options;
  const longDate = formatAmzDate(options.signingDate);
  const scope = `${longDate.slice(0, 8)}/${options.region}/${options.service}/aws4_request`;
  const query: Record<string, string | string[]> = { ...request.query };
  if (credentials.sessionToken) query['X-Amz-Security-Token'] = credentials.sessionToken;
  query['X-Amz-Algorithm'] = ALGORITHM_IDENTIFIER;
  query['X-Amz-Credential'] = `${credentials.accessKeyId}/${scope}`;
  query['X-Amz-Date'] = longDate;
  query['X-Amz-Expires'] = String(options.expiresIn);
  query['X-Amz-SignedHeaders'] = Object.keys(getCanonicalHeaders(request)).sort().join(';');
  const payloadHash = options.payloadHash ?? (await sha256Hex(request.body ?? ''));
  const { canonicalRequest } = createCanonicalRequest({ ...request, query }, payloadHash, options.escapePath);
  const { stringToSign, signature } = await createSignature({ ...options, canonicalRequest, longDate });
  query['X-Amz-Signature'] = signature;
  return { query, canonicalRequest, stringToSign };
}
