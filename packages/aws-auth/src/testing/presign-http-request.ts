import { getCanonicalHeaders, getPayloadHash, moveHeadersToQuery, prepareRequest } from '@smithy/signature-v4';
import type { AwsCredentials } from '../aws-credentials';
import { createCanonicalRequest } from '../create-canonical-request';
import { createSignature } from '../create-signature';
import { formatAmzDate } from '../format-amz-date';
import type { HttpRequestToSign } from '../http-request-to-sign';
import { WebCryptoSha256 } from '../web-crypto-sha256';

/** Options of {@link presignHttpRequest}. */
export interface PresignOptions {
  credentials: AwsCredentials;
  region: string;
  service: string;
  signingDate: Date;
  expiresIn: number;
  escapePath?: boolean;
}

/**
 * SigV4 in presigned-query mode, following smithy's `SignatureV4.presign` step by step but
 * with the production canonical request and signature functions. Bedrock never presigns;
 * this lets the conformance suite's query-mode vectors check those two functions too.
 */
export async function presignHttpRequest(request: HttpRequestToSign, options: PresignOptions) {
  const { credentials } = options;
  const longDate = formatAmzDate(options.signingDate);
  const scope = `${longDate.slice(0, 8)}/${options.region}/${options.service}/aws4_request`;
  const moved = moveHeadersToQuery(prepareRequest(request));
  const query = moved.query as Record<string, string | string[]>;
  const presigned = { ...request, headers: moved.headers as Record<string, string>, query };
  if (credentials.sessionToken) query['X-Amz-Security-Token'] = credentials.sessionToken;
  query['X-Amz-Algorithm'] = 'AWS4-HMAC-SHA256';
  query['X-Amz-Credential'] = `${credentials.accessKeyId}/${scope}`;
  query['X-Amz-Date'] = longDate;
  query['X-Amz-Expires'] = String(options.expiresIn);
  query['X-Amz-SignedHeaders'] = Object.keys(getCanonicalHeaders(presigned)).sort().join(';');
  const payloadHash = await getPayloadHash(request, WebCryptoSha256);
  const { canonicalRequest } = createCanonicalRequest(presigned, payloadHash, options.escapePath);
  const { stringToSign, signature } = await createSignature({ ...options, canonicalRequest, longDate });
  query['X-Amz-Signature'] = signature;
  return { query, canonicalRequest, stringToSign };
}
