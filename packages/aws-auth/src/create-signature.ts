import { ALGORITHM_IDENTIFIER, createScope } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { deriveSigningKey } from './derive-signing-key';
import { sha256Hex } from '#sha256';

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

/** Signs a canonical request: the string to sign from its SHA-256, then its HMAC under the signing key. */
export async function createSignature(input: SignatureInput): Promise<Signature> {
  const shortDate = input.longDate.slice(0, 8);
  const scope = createScope(shortDate, input.region, input.service);
  const stringToSign = `${ALGORITHM_IDENTIFIER}\n${input.longDate}\n${scope}\n${await sha256Hex(input.canonicalRequest)}`;
  const signingKey = await deriveSigningKey(input.credentials, shortDate, input.region, input.service, scope);
  return { scope, stringToSign, signature: await sha256Hex(stringToSign, signingKey) };
}
