import { collectHeaders } from './create-canonical-headers';
import { createCanonicalRequest, createStringToSign, type SigV4Request } from './create-canonical-request';
import { parseAuthorizationHeader } from './parse-authorization-header';
import { deriveSigningKey, hmacSha256, signaturesEqual } from './sigv4-crypto';

/** Why a signature was refused; the caller maps each to the AWS error text. */
export type SigV4Failure =
  | 'missing'
  | 'incomplete'
  | 'missing-date'
  | 'host-not-signed'
  | 'unknown-key'
  | 'scope-date'
  | 'terminator'
  | 'region'
  | 'service'
  | 'signature';

/** The outcome of `verifySigV4`. */
export type SigV4Verification =
  | {
      ok: true;
      accessKeyId: string;
      amzDate: string;
      region: string;
      service: string;
      signedHeaders: string[];
      canonicalRequest: string;
      stringToSign: string;
    }
  | { ok: false; failure: SigV4Failure; accessKeyId?: string; amzDate?: string; canonicalRequest?: string; stringToSign?: string };

/** Options of `verifySigV4`. */
export interface VerifySigV4Options {
  /** Secret access key for an access key ID, or `undefined` when unknown. */
  lookupSecret: (accessKeyId: string) => string | undefined;
  /** Region the credential scope must name; any region when omitted. */
  region?: string;
  /** Service the credential scope must name; any service when omitted. */
  service?: string;
  /** Resolve `.`/`..` and repeated slashes before encoding (true for every service except S3). @default true */
  normalizePath?: boolean;
}

/**
 * Verifies a header-mode SigV4 signature, written from the AWS specification
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html):
 * parse the Authorization header, rebuild the canonical request over the
 * signed headers and the actual body, derive the key and compare.
 * The time window is not checked here: AWS checks it when it responds.
 */
export function verifySigV4(request: SigV4Request, options: VerifySigV4Options): SigV4Verification {
  const headers = collectHeaders(request.headers);
  const authorization = headers.get('authorization');
  if (authorization === undefined) return { ok: false, failure: 'missing' };
  const parsed = parseAuthorizationHeader(authorization);
  if ('error' in parsed) return { ok: false, failure: 'incomplete' };
  const { accessKeyId } = parsed;
  const amzDate = headers.get('x-amz-date');
  if (amzDate === undefined || !/^\d{8}T\d{6}Z$/.test(amzDate)) return { ok: false, failure: 'missing-date', accessKeyId };
  if (!parsed.signedHeaders.includes('host')) return { ok: false, failure: 'host-not-signed', accessKeyId, amzDate };
  const secret = options.lookupSecret(accessKeyId);
  if (secret === undefined) return { ok: false, failure: 'unknown-key', accessKeyId, amzDate };
  if (parsed.terminator !== 'aws4_request') return { ok: false, failure: 'terminator', accessKeyId, amzDate };
  if (parsed.date !== amzDate.slice(0, 8)) return { ok: false, failure: 'scope-date', accessKeyId, amzDate };
  if (options.region !== undefined && parsed.region !== options.region) return { ok: false, failure: 'region', accessKeyId, amzDate };
  if (options.service !== undefined && parsed.service !== options.service) {
    return { ok: false, failure: 'service', accessKeyId, amzDate };
  }
  const canonicalRequest = createCanonicalRequest(request, parsed.signedHeaders, {
    normalizePath: options.normalizePath ?? true,
  });
  const scope = `${parsed.date}/${parsed.region}/${parsed.service}/aws4_request`;
  const stringToSign = createStringToSign(amzDate, scope, canonicalRequest);
  const key = deriveSigningKey(secret, parsed.date, parsed.region, parsed.service);
  const expected = hmacSha256(key, stringToSign).toString('hex');
  if (!signaturesEqual(expected, parsed.signature)) {
    return { ok: false, failure: 'signature', accessKeyId, amzDate, canonicalRequest, stringToSign };
  }
  return {
    ok: true,
    accessKeyId,
    amzDate,
    region: parsed.region,
    service: parsed.service,
    signedHeaders: parsed.signedHeaders,
    canonicalRequest,
    stringToSign,
  };
}
