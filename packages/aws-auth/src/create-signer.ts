import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentials } from './aws-credentials';
import { WebCryptoSha256 } from './web-crypto-sha256';

/** Options of {@link createSigner}. */
export interface CreateSignerOptions {
  credentials: AwsCredentials;
  region: string;
  /** Signing name. Bedrock Runtime signs as `bedrock` (not its endpoint prefix `bedrock-runtime`). @default 'bedrock' */
  service?: string;
  /**
   * smithy's `uriEscapePath`: normalise `.`/`..`/empty segments and percent-encode the
   * (already encoded) path once more. Every service but S3 wants this. @default true
   */
  uriEscapePath?: boolean;
  /** Add and sign `x-amz-content-sha256`. Bedrock does not need it. @default false */
  applyChecksum?: boolean;
}

/**
 * A `@smithy/signature-v4` signer hashing with Web Crypto. `signRequest` uses it;
 * the conformance tests use it directly so they exercise the same object.
 */
export function createSigner(options: CreateSignerOptions): SignatureV4 {
  return new SignatureV4({
    credentials: options.credentials,
    region: options.region,
    service: options.service ?? 'bedrock',
    sha256: WebCryptoSha256,
    uriEscapePath: options.uriEscapePath ?? true,
    applyChecksum: options.applyChecksum ?? false,
  });
}
