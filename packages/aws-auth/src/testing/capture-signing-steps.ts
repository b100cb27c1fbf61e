import type { SignatureV4 } from '@smithy/signature-v4';

/** What smithy built on the way to the signature, recorded from the signing call itself. */
export interface SigningSteps {
  canonicalRequest?: string;
  stringToSign?: string;
}

interface SignerInternals {
  createCanonicalRequest(...args: unknown[]): string;
  createStringToSign(...args: unknown[]): Promise<string>;
}

/**
 * Records the canonical request and string to sign that `signer` computes while signing, by
 * wrapping its (protected) `createCanonicalRequest` / `createStringToSign` on this instance.
 * The signer is the production one from `createSigner`; the wrappers return what smithy returned.
 */
export function captureSigningSteps(signer: SignatureV4): SigningSteps {
  const steps: SigningSteps = {};
  const internals = signer as unknown as SignerInternals;
  const createCanonicalRequest = internals.createCanonicalRequest.bind(signer);
  const createStringToSign = internals.createStringToSign.bind(signer);
  internals.createCanonicalRequest = (...args) => (steps.canonicalRequest = createCanonicalRequest(...args));
  internals.createStringToSign = async (...args) => (steps.stringToSign = await createStringToSign(...args));
  return steps;
}
