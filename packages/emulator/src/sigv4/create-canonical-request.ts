import { createCanonicalHeaders, collectHeaders, type RawHeader } from './create-canonical-headers';
import { createCanonicalQuery } from './create-canonical-query';
import { createCanonicalUri } from './create-canonical-uri';
import { sha256Hex } from './sigv4-crypto';

/** A request as it arrived, before any decoding: what a SigV4 verifier needs. */
export interface SigV4Request {
  method: string;
  /** The request-line target, path and optional `?query`, exactly as sent. */
  target: string;
  headers: readonly RawHeader[];
  body: Uint8Array | string;
}

/** Splits a request-line target into raw path and raw query. */
export function splitTarget(target: string): { path: string; query: string } {
  const mark = target.indexOf('?');
  return mark === -1 ? { path: target, query: '' } : { path: target.slice(0, mark), query: target.slice(mark + 1) };
}

/**
 * The SigV4 canonical request (task 1 of the specification):
 * method, canonical URI, canonical query, canonical headers, signed header
 * list and the hex SHA-256 of the body, joined with newlines.
 */
export function createCanonicalRequest(
  request: SigV4Request,
  signedHeaders: readonly string[],
  options: { normalizePath: boolean },
): string {
  const { path, query } = splitTarget(request.target);
  const headers = collectHeaders(request.headers);
  return [
    request.method.toUpperCase(),
    createCanonicalUri(path, options.normalizePath),
    createCanonicalQuery(query),
    createCanonicalHeaders(headers, signedHeaders),
    signedHeaders.join(';'),
    sha256Hex(request.body),
  ].join('\n');
}

/** The string to sign (task 2): algorithm, date, scope, hash of the canonical request. */
export function createStringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
  return ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
}
