import { getPayloadHash, moveHeadersToQuery, prepareRequest } from '@smithy/signature-v4';
import type { AwsCredentials } from '../aws-credentials';
import type { HttpRequestToSign } from '../http-request-to-sign';
import { presignHttpRequest as presignPrepared, type PresignedHttpRequest } from '../presign-http-request';
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
 * SigV4 in presigned-query mode for any request, as smithy's `SignatureV4.presign` does it:
 * smithy's own steps prepare the request (drop the headers it never signs, hoist `x-amz-*` headers
 * into the query) and hash the payload, then the production presign signs it. This lets the
 * conformance suite's query-mode vectors check the production presign, which createBedrockApiKey uses.
 */
export async function presignHttpRequest(request: HttpRequestToSign, options: PresignOptions): Promise<PresignedHttpRequest> {
  const moved = moveHeadersToQuery(prepareRequest(request));
  const prepared = { ...request, headers: moved.headers as Record<string, string>, query: moved.query as Record<string, string | string[]> };
  const payloadHash = await getPayloadHash(request, WebCryptoSha256);
  return presignPrepared(prepared, { ...options, payloadHash });
}
