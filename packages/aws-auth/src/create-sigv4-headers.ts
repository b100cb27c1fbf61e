import { parseRequestUrl } from './parse-request-url';
import { signHttpRequest } from './sign-http-request';
import type { SignableRequest, SignRequestOptions } from './signable-request';

const REPLACED_HEADERS = new Set(['host', 'authorization', 'x-amz-date', 'date', 'x-amz-security-token']);

/**
 * The SigV4 part of `signRequest`, for credentials and a region it has already checked: the
 * headers to send, without `host`. The signer's chunk (loaded on use): only this module and
 * what it imports are fetched by the first SigV4-signed request.
 */
export async function createSigv4Headers(request: SignableRequest, options: SignRequestOptions): Promise<Record<string, string>> {
  const url = parseRequestUrl(request.url);
  const headers: Record<string, string> = {};
  for (const name in request.headers) {
    if (!REPLACED_HEADERS.has(name.toLowerCase())) headers[name] = request.headers[name]!;
  }
  headers.host = url.host;
  const { headers: signed } = await signHttpRequest(
    { method: request.method.toUpperCase(), protocol: url.protocol, hostname: url.hostname, path: url.path, query: url.query, headers, body: request.body },
    { credentials: options.credentials, region: options.region, service: options.service ?? 'bedrock', signingDate: options.signingDate ?? new Date() },
  );
  delete signed.host;
  return signed;
}
