import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebCryptoSha256 } from './web-crypto-sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

// Checked against node:crypto, an implementation independent of Web Crypto's API surface.
describe('WebCryptoSha256', () => {
  it('hashes like SHA-256, across several updates', async () => {
    const hash = new WebCryptoSha256();
    hash.update(utf8('hello, '));
    hash.update(utf8('wörld'));
    expect(hex(await hash.digest())).toBe(createHash('sha256').update('hello, wörld').digest('hex'));
  });

  it('hashes empty input to the well-known empty digest', async () => {
    expect(hex(await new WebCryptoSha256().digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('computes HMAC with a string key, a byte key and a view into a larger buffer', async () => {
    const data = 'AWS4-HMAC-SHA256\n20150830T123600Z';
    const expected = createHmac('sha256', 'AWS4secret').update(data).digest('hex');
    const padded = new Uint8Array([9, 9, ...utf8('AWS4secret'), 9]);
    for (const key of ['AWS4secret', utf8('AWS4secret'), padded.subarray(2, 12), utf8('AWS4secret').buffer]) {
      const hmac = new WebCryptoSha256(key);
      hmac.update(utf8(data));
      expect(hex(await hmac.digest())).toBe(expected);
    }
  });

  it('computes HMAC with an empty key (Web Crypto refuses one; HMAC defines it)', async () => {
    const hmac = new WebCryptoSha256('');
    hmac.update(utf8('data'));
    expect(hex(await hmac.digest())).toBe(createHmac('sha256', '').update('data').digest('hex'));
  });

  it('computes HMAC with a key longer than the block size', async () => {
    const key = 'k'.repeat(200);
    const hmac = new WebCryptoSha256(key);
    hmac.update(utf8('data'));
    expect(hex(await hmac.digest())).toBe(createHmac('sha256', key).update('data').digest('hex'));
  });

  it('reset() forgets earlier updates', async () => {
    const hash = new WebCryptoSha256();
    hash.update(utf8('discarded'));
    hash.reset();
    hash.update(utf8('kept'));
    expect(hex(await hash.digest())).toBe(createHash('sha256').update('kept').digest('hex'));
  });

  it('throws a ConfigError naming Web Crypto when crypto.subtle is missing', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      await expect(new WebCryptoSha256().digest()).rejects.toThrow(/Web Crypto \(globalThis\.crypto\.subtle\)/);
    } finally {
      Object.defineProperty(globalThis, 'crypto', saved);
    }
  });
});
