import { WebCryptoSha256 } from './web-crypto-sha256';

/** SHA-256 of `data` (HMAC-SHA-256 under `key`) as lower-case hex, on Web Crypto. */
export async function webCryptoSha256Hex(data: string | Uint8Array, key?: Uint8Array): Promise<string> {
  const hash = new WebCryptoSha256(key);
  hash.update(typeof data === 'string' ? new TextEncoder().encode(data) : data);
  const bytes = await hash.digest();
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
