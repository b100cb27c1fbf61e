import { describe, expect, it } from 'vitest';
import { NodeSha256 } from './node-sha256';
import { WebCryptoSha256 } from './web-crypto-sha256';

const run = async (Hash: typeof NodeSha256 | typeof WebCryptoSha256, secret: string | Uint8Array | undefined, chunks: Uint8Array[]) => {
  const hash = new Hash(secret);
  for (const chunk of chunks) hash.update(chunk);
  return Buffer.from(await hash.digest()).toString('hex');
};

describe('NodeSha256 (the #sha256 Node path) agrees with WebCryptoSha256', () => {
  const text = new TextEncoder();
  it.each([
    ['hash of nothing', undefined, []],
    ['hash of chunks', undefined, [text.encode('abc'), text.encode('def')]],
    ['HMAC with a string key', 'AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', [text.encode('20150830')]],
    ['HMAC with a byte key', new Uint8Array(32).fill(7), [text.encode('aws4_request')]],
    ['HMAC with an empty key', '', [text.encode('x')]],
  ] as const)('%s', async (_name, secret, chunks) => {
    expect(await run(NodeSha256, secret as never, [...chunks])).toBe(await run(WebCryptoSha256, secret as never, [...chunks]));
  });

  it('reset starts over with the same key', async () => {
    const hash = new NodeSha256('k');
    hash.update(new TextEncoder().encode('junk'));
    hash.reset();
    hash.update(new TextEncoder().encode('x'));
    expect(Buffer.from(await hash.digest()).toString('hex')).toBe(await run(WebCryptoSha256, 'k', [new TextEncoder().encode('x')]));
  });
});
