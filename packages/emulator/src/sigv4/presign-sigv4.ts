import { createCanonicalRequest, createStringToSign } from './create-canonical-request';
import { formatAmzDate } from './sign-sigv4';
import { deriveSigningKey, hmacSha256 } from './sigv4-crypto';

/** Input of `presignSigV4`. */
export interface PresignSigV4Input {
  method: string;
  /** Absolute URL; its query is kept and the signing parameters are added to it. */
  url: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
  /** @default 'bedrock' */
  service?: string;
  /** Signing time in epoch milliseconds. @default Date.now() */
  date?: number;
  /** `X-Amz-Expires`, seconds. */
  expiresIn: number;
}

/**
 * Presigns a URL the SigV4 query way (only `host` signed, the payload hash of
 * an empty body), with the same primitives the verifier uses — a test helper
 * written from the specification, deliberately not the library's signer.
 * The session token, when there is one, is a signed query parameter.
 */
export function presignSigV4(input: PresignSigV4Input): string {
  const url = new URL(input.url);
  const amzDate = formatAmzDate(input.date ?? Date.now());
  const service = input.service ?? 'bedrock';
  const scope = `${amzDate.slice(0, 8)}/${input.region}/${service}/aws4_request`;
  url.searchParams.set('X-Amz-Algorithm', 'AWS4-HMAC-SHA256');
  url.searchParams.set('X-Amz-Credential', `${input.credentials.accessKeyId}/${scope}`);
  url.searchParams.set('X-Amz-Date', amzDate);
  url.searchParams.set('X-Amz-Expires', String(input.expiresIn));
  url.searchParams.set('X-Amz-SignedHeaders', 'host');
  if (input.credentials.sessionToken !== undefined) url.searchParams.set('X-Amz-Security-Token', input.credentials.sessionToken);
  const target = `${url.pathname}${url.search.replace(/\+/g, '%20')}`;
  const canonicalRequest = createCanonicalRequest({ method: input.method, target, headers: [['host', url.host]], body: '' }, ['host'], {
    normalizePath: true,
  });
  const key = deriveSigningKey(input.credentials.secretAccessKey, amzDate.slice(0, 8), input.region, service);
  url.searchParams.set('X-Amz-Signature', hmacSha256(key, createStringToSign(amzDate, scope, canonicalRequest)).toString('hex'));
  return url.toString();
}
