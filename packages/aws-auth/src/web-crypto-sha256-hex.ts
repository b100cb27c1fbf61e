import { getSubtleCrypto } from './get-subtle-crypto';

// One imported HMAC key per signing key: derive-signing-key hands out the same bytes for a
// credentials object, region and day, so each signature skips an importKey round trip.
const hmacKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/**
 * SHA-256 of `data` (HMAC-SHA-256 under `key`) as lower-case hex, on Web Crypto. The
 * bytes go to `subtle` as they are: no copies (a signature hashes 2 KB bodies and more).
 */
export async function webCryptoSha256Hex(data: string | Uint8Array, key?: Uint8Array): Promise<string> {
  const subtle = getSubtleCrypto();
  const bytes = (typeof data === 'string' ? new TextEncoder().encode(data) : data) as Uint8Array<ArrayBuffer>;
  const digest = key === undefined ? await subtle.digest('SHA-256', bytes) : await subtle.sign('HMAC', await importHmacKey(subtle, key), bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function importHmacKey(subtle: SubtleCrypto, key: Uint8Array): Promise<CryptoKey> {
  let imported = hmacKeys.get(key);
  if (imported === undefined) {
    // A copy: the caller's bytes may change after the import was requested.
    imported = subtle.importKey('raw', key.slice(), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    hmacKeys.set(key, imported);
  }
  return imported;
}
