import { describe, expect, it, vi } from 'vitest';
import { createBedrockApiKey } from './create-bedrock-api-key';

// Signing through Web Crypto, as in browsers and Workers (this package's `#sha256` outside Node).
vi.mock('#sha256', () => import('./platform-sha256'));

describe('createBedrockApiKey on Web Crypto', () => {
  it('uses the Web Crypto hash and gives the same key as node:crypto', async () => {
    const sha256 = await import('#sha256');
    const { webCryptoSha256Hex } = await import('./web-crypto-sha256-hex');
    expect(sha256.sha256Hex).toBe(webCryptoSha256Hex);
    const key = await createBedrockApiKey({
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      region: 'us-east-1',
      expiresIn: 900,
      signingDate: new Date('2026-03-04T05:06:07.000Z'),
      env: {},
    });
    // The key node:crypto makes (create-bedrock-api-key.test.ts proves it equals AWS's generator's).
    expect(key).toBe(await nodeKey());
  });
});

async function nodeKey(): Promise<string> {
  vi.resetModules();
  vi.doUnmock('#sha256');
  const { createBedrockApiKey: onNode } = await import('./create-bedrock-api-key');
  const sha256 = await import('#sha256');
  expect(sha256.sha256Hex.name).toBe('nodeSha256Hex');
  return onNode({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    region: 'us-east-1',
    expiresIn: 900,
    signingDate: new Date('2026-03-04T05:06:07.000Z'),
    env: {},
  });
}
