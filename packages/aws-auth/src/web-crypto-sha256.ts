import { ConfigError } from '@bedrock-kit/core';

/** What smithy passes as an HMAC key: a string (`AWS4` + secret, UTF-8) or the derived key bytes. */
export type SecretInput = string | ArrayBuffer | ArrayBufferView;

// HMAC pads a key shorter than the block size with zeros, so an empty key equals 64 zero
// bytes; Web Crypto refuses zero-length HMAC keys, so we pass the equivalent instead.
const SHA256_BLOCK_BYTES = 64;

/**
 * SHA-256 and HMAC-SHA-256 on Web Crypto (`crypto.subtle`), shaped like smithy's `Checksum`
 * constructor so `@smithy/signature-v4` can use it: `new WebCryptoSha256()` hashes,
 * `new WebCryptoSha256(secret)` computes an HMAC. Works in Node 20+, browsers (secure contexts)
 * and Workers; replaces `@aws-crypto/sha256-js`.
 */
export class WebCryptoSha256 {
  readonly digestLength = 32;
  private readonly secret: Uint8Array<ArrayBuffer> | undefined;
  private chunks: Uint8Array[] = [];

  constructor(secret?: SecretInput) {
    this.secret = secret === undefined ? undefined : toBytes(secret);
  }

  update(data: Uint8Array): void {
    this.chunks.push(data);
  }

  async digest(): Promise<Uint8Array> {
    const subtle = getSubtle();
    const data = concat(this.chunks);
    if (this.secret === undefined) {
      return new Uint8Array(await subtle.digest('SHA-256', data));
    }
    const keyBytes = this.secret.byteLength === 0 ? new Uint8Array(SHA256_BLOCK_BYTES) : this.secret;
    const key = await subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await subtle.sign('HMAC', key, data));
  }

  reset(): void {
    this.chunks = [];
  }
}

function getSubtle(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (subtle === undefined) {
    throw new ConfigError({
      message:
        'SigV4 signing needs Web Crypto (globalThis.crypto.subtle), missing here (browsers have it only on https:// or localhost). ' +
        'Or use a Bedrock API key (apiKey), which needs no signing.',
    });
  }
  return subtle;
}

function toBytes(input: SecretInput): Uint8Array<ArrayBuffer> {
  if (typeof input === 'string') return new TextEncoder().encode(input);
  const view = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : new Uint8Array(input);
  // A copy: the caller may reuse its buffer, and Web Crypto wants an ArrayBuffer-backed view.
  return new Uint8Array(view);
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && chunks[0]!.buffer instanceof ArrayBuffer) {
    return chunks[0] as Uint8Array<ArrayBuffer>;
  }
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
