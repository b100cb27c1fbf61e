import { escapeUri } from '@smithy/core/protocols';
import { getCanonicalHeaders, getCanonicalQuery } from '@smithy/signature-v4';
import type { HttpRequestToSign } from './http-request-to-sign';

/** The canonical request of SigV4 and the `SignedHeaders` list that goes with it. */
export interface CanonicalRequest {
  canonicalRequest: string;
  signedHeaders: string;
}

/**
 * Builds the SigV4 canonical request from smithy's canonical headers and query. With
 * `escapePath` (every service but S3, Bedrock included) the path is normalised and its
 * segments percent-encoded once more, as smithy's `uriEscapePath` does: the wire path
 * `/model/a%3Ab/invoke` is signed as `/model/a%253Ab/invoke`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
export function createCanonicalRequest(request: HttpRequestToSign, payloadHash: string, escapePath = true): CanonicalRequest {
  const headers = getCanonicalHeaders(request);
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const path = escapePath ? escapeCanonicalPath(request.path) : request.path;
  const canonicalRequest = `${request.method}
${path}
${getCanonicalQuery(request)}
${names.map((name) => `${name}:${headers[name]}`).join('\n')}

${signedHeaders}
${payloadHash}`;
  return { canonicalRequest, signedHeaders };
}

// Removes empty and `.` segments, applies `..`, keeps the leading and trailing slash.
function escapeCanonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(escapeUri(segment));
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${trailing}`;
}
