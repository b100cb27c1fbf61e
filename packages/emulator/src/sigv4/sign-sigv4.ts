import { createCanonicalRequest, createStringToSign } from './create-canonical-request';
import { deriveSigningKey, hmacSha256, sha256Hex } from './sigv4-crypto';

/** Input of `signSigV4`. */
export interface SignSigV4Input {
  method: string;
  /** Absolute URL; its path and query are signed as they will appear on the request line. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
  /** @default 'bedrock' */
  service?: string;
  /** Signing time in epoch milliseconds. @default Date.now() */
  date?: number;
}

/**
 * Signs a request the SigV4 header way with the same primitives the
 * verifier uses: a test helper for emulator tests, deliberately not the
 * library's signer (so each can catch the other's mistakes). Returns the
 * headers to send (the given ones plus `host`, `x-amz-date`,
 * `x-amz-content-sha256`, `x-amz-security-token` and `authorization`).
 */
export function signSigV4(input: SignSigV4Input): Record<string, string> {
  const url = new URL(input.url);
  const amzDate = formatAmzDate(input.date ?? Date.now());
  const service = input.service ?? 'bedrock';
  const body = input.body ?? '';
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  headers.host = url.host;
  headers['x-amz-date'] = amzDate;
  headers['x-amz-content-sha256'] = sha256Hex(body);
  if (input.credentials.sessionToken !== undefined) headers['x-amz-security-token'] = input.credentials.sessionToken;
  const signedHeaders = Object.keys(headers).sort();
  const canonicalRequest = createCanonicalRequest(
    { method: input.method, target: `${url.pathname}${url.search}`, headers: Object.entries(headers), body },
    signedHeaders,
    { normalizePath: true },
  );
  const scope = `${amzDate.slice(0, 8)}/${input.region}/${service}/aws4_request`;
  const key = deriveSigningKey(input.credentials.secretAccessKey, amzDate.slice(0, 8), input.region, service);
  const signature = hmacSha256(key, createStringToSign(amzDate, scope, canonicalRequest)).toString('hex');
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  return headers;
}

/** `YYYYMMDDTHHMMSSZ` of an epoch-milliseconds time. */
export function formatAmzDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
