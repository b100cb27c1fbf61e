import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { SecretInput } from './web-crypto-sha256';

/**
 * SHA-256 and HMAC-SHA-256 on `node:crypto`, the same shape as {@link WebCryptoSha256}. Node
 * resolves it through the `node` condition of this package's `#sha256` import; browsers and
 * Workers never see it. It exists because each Web Crypto call costs tens of microseconds in
 * Node, which made signing ~12× slower than the AWS SDK's (BENCHMARKS.md).
 */
export class NodeSha256 {
  readonly digestLength = 32;
  private readonly secret: SecretInput | undefined;
  private hash: Hash | Hmac;

  constructor(secret?: SecretInput) {
    this.secret = secret;
    this.hash = create(secret);
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    const digest = this.hash.digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  }

  reset(): void {
    this.hash = create(this.secret);
  }
}

function create(secret: SecretInput | undefined): Hash | Hmac {
  if (secret === undefined) return createHash('sha256');
  const key = typeof secret === 'string' || secret instanceof ArrayBuffer ? secret : new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength);
  return createHmac('sha256', typeof key === 'string' ? key : new Uint8Array(key));
}
