import { ALGORITHM_IDENTIFIER, createScope, getSigningKey } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { Sha256 } from '#sha256';

/** What {@link createSignature} signs with. */
export interface SignatureInput {
  canonicalRequest: string;
  credentials: AwsCredentials;
  region: string;
  service: string;
  /** `YYYYMMDDTHHMMSSZ`, see `formatAmzDate`. */
  longDate: string;
}

/** The credential scope, the string to sign and the hex signature of one canonical request. */
export interface Signature {
  scope: string;
  stringToSign: string;
  signature: string;
}

/**
 * Signs a canonical request: string to sign from its SHA-256, HMAC with smithy's derived
 * (and cached) signing key, all hashing on Web Crypto.
 */
export async function createSignature(input: SignatureInput): Promise<Signature> {
  const shortDate = input.longDate.slice(0, 8);
  const scope = createScope(shortDate, input.region, input.service);
  const [requestHash, signingKey] = await Promise.all([
    digestHex(input.canonicalRequest),
    getSigningKey(Sha256, input.credentials, shortDate, input.region, input.service),
  ]);
  const stringToSign = `${ALGORITHM_IDENTIFIER}\n${input.longDate}\n${scope}\n${requestHash}`;
  return { scope, stringToSign, signature: await digestHex(stringToSign, signingKey) };
}

/** SHA-256 of `text`, or its HMAC under `key`, as lower-case hex. */
async function digestHex(text: string, key?: Uint8Array): Promise<string> {
  const hash = new Sha256(key);
  hash.update(encoder.encode(text));
  const bytes = await hash.digest();
  // A lookup table: per-byte toString/padStart was a tenth of the signing time in Node.
  hexTable ??= Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
  let hex = '';
  for (const byte of bytes) hex += hexTable[byte];
  return hex;
}

const encoder = /* @__PURE__ */ new TextEncoder();
let hexTable: string[] | undefined;
