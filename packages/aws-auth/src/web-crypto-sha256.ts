import { getSubtleCrypto } from './get-subtle-crypto';

/** What smithy passes as an HMAC key: a string (`AWS4` + secret, UTF-8) or the derived key bytes. */
export type SecretInput = string | ArrayBuffer | ArrayBufferView;

/**
 * SHA-256 and HMAC-SHA-256 on Web Crypto (`crypto.subtle`), shaped like smithy's `Checksum`
 * constructor so `@smithy/signature-v4` can use it: `new WebCryptoSha256()` hashes,
 * `new WebCryptoSha256(secret)` computes an HMAC. Works in Node 20+, browsers (secure contexts)
 * and Workers; replaces `@aws-crypto/sha256-js`.
 */
export class WebCryptoSha256 {
  readonly digestLength = 32;
  // A Blob copies its parts when made (the caller may reuse its buffer) and encodes a string
  // as UTF-8, so it takes every SecretInput kind as is.
  private readonly secret: Blob | undefined;
  private chunks: Uint8Array[] = [];

  constructor(secret?: SecretInput) {
    this.secret = secret === undefined ? undefined : new Blob([secret as BlobPart]);
  }

  update(data: Uint8Array): void {
    this.chunks.push(data);
  }

  async digest(): Promise<Uint8Array> {
    const subtle = getSubtleCrypto();
    const data = await new Blob(this.chunks as BlobPart[]).arrayBuffer();
    if (this.secret === undefined) return new Uint8Array(await subtle.digest('SHA-256', data));
    const secret = await this.secret.arrayBuffer();
    // HMAC pads a short key with zeros, so an empty key equals 64 zero bytes (one SHA-256
    // block); Web Crypto refuses a zero-length key, so it gets the equivalent.
    const key = await subtle.importKey('raw', secret.byteLength > 0 ? secret : new ArrayBuffer(64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await subtle.sign('HMAC', key, data));
  }

  reset(): void {
    this.chunks = [];
  }
}
