import { createCanonicalRequest, createStringToSign } from './create-canonical-request';
import { deriveSigningKey, hmacSha256, signaturesEqual } from './sigv4-crypto';
import type { VerifySigV4Options } from './verify-sigv4';

/** Why a presigned URL was refused. */
export type PresignedFailure = 'incomplete' | 'algorithm' | 'unknown-key' | 'terminator' | 'scope-date' | 'region' | 'service' | 'signature';

/** The outcome of `verifyPresignedSigV4`. */
export type PresignedVerification =
  | { ok: true; accessKeyId: string; amzDate: string; expiresSeconds: number; region: string; sessionToken?: string; params: URLSearchParams }
  | { ok: false; failure: PresignedFailure; accessKeyId?: string };

/**
 * Verifies a SigV4 presigned (query-string) signature from the
 * specification: the `X-Amz-*` parameters, the canonical request over the
 * query without `X-Amz-Signature` (and without `ignoredParameters`, added
 * after signing), the given headers (`host`) and the empty-body payload hash.
 * Time and session token are for the caller to check.
 */
export function verifyPresignedSigV4(
  request: { method: string; path: string; query: string; host: string },
  options: VerifySigV4Options & { ignoredParameters?: readonly string[] },
): PresignedVerification {
  const params = new URLSearchParams(request.query);
  const algorithm = params.get('X-Amz-Algorithm');
  const credential = params.get('X-Amz-Credential');
  const amzDate = params.get('X-Amz-Date');
  const expires = params.get('X-Amz-Expires');
  const signedHeaders = params.get('X-Amz-SignedHeaders');
  const signature = params.get('X-Amz-Signature');
  if (!algorithm || !credential || !amzDate || !expires || !signedHeaders || !signature) return { ok: false, failure: 'incomplete' };
  if (algorithm !== 'AWS4-HMAC-SHA256') return { ok: false, failure: 'algorithm' };
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || !/^\d+$/.test(expires) || signedHeaders !== 'host') return { ok: false, failure: 'incomplete' };
  const scope = credential.split('/');
  if (scope.length !== 5) return { ok: false, failure: 'incomplete' };
  const [accessKeyId, date, region, service, terminator] = scope as [string, string, string, string, string];
  const secret = options.lookupSecret(accessKeyId);
  if (secret === undefined) return { ok: false, failure: 'unknown-key', accessKeyId };
  if (terminator !== 'aws4_request') return { ok: false, failure: 'terminator', accessKeyId };
  if (date !== amzDate.slice(0, 8)) return { ok: false, failure: 'scope-date', accessKeyId };
  if (options.region !== undefined && region !== options.region) return { ok: false, failure: 'region', accessKeyId };
  if (options.service !== undefined && service !== options.service) return { ok: false, failure: 'service', accessKeyId };
  const ignored = new Set(['X-Amz-Signature', ...(options.ignoredParameters ?? [])]);
  const signedQuery = request.query
    .split('&')
    .filter((part) => !ignored.has(decodeSafe(part.split('=', 1)[0]!)))
    .join('&');
  const canonicalRequest = createCanonicalRequest(
    { method: request.method, target: `${request.path}?${signedQuery}`, headers: [['host', request.host]], body: '' },
    ['host'],
    { normalizePath: options.normalizePath ?? true },
  );
  const key = deriveSigningKey(secret, date, region, service);
  const expected = hmacSha256(key, createStringToSign(amzDate, `${date}/${region}/${service}/aws4_request`, canonicalRequest)).toString('hex');
  if (!signaturesEqual(expected, signature)) return { ok: false, failure: 'signature', accessKeyId };
  const token = params.get('X-Amz-Security-Token');
  return { ok: true, accessKeyId, amzDate, expiresSeconds: Number(expires), region, ...(token !== null ? { sessionToken: token } : {}), params };
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
