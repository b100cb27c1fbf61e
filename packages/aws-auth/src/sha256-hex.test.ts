import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from './node-sha256-hex';
import { webCryptoSha256Hex } from './web-crypto-sha256-hex';

// The two `#sha256` builds: node:crypto under the `node` condition, Web Crypto everywhere else.
const builds = { 'node:crypto': nodeSha256Hex, 'Web Crypto': webCryptoSha256Hex };
const key = new Uint8Array(32).map((_, index) => index * 7);

describe.each(Object.entries(builds))('sha256Hex on %s', (_, sha256Hex) => {
  it('hashes strings as UTF-8 and bytes as they are', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('Grüße')).toBe(createHash('sha256').update('Grüße', 'utf8').digest('hex'));
    const view = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4);
    expect(await sha256Hex(view)).toBe(createHash('sha256').update(Uint8Array.of(1, 2, 3)).digest('hex'));
  });

  it('computes HMAC-SHA-256 under a key, the same on every call with that key', async () => {
    const expected = createHmac('sha256', key).update('string to sign').digest('hex');
    expect(await sha256Hex('string to sign', key)).toBe(expected);
    expect(await sha256Hex('string to sign', key)).toBe(expected);
    const other = createHmac('sha256', key.map((byte) => byte ^ 1)).update('string to sign').digest('hex');
    expect(await sha256Hex('string to sign', key.map((byte) => byte ^ 1))).toBe(other);
  });
});
