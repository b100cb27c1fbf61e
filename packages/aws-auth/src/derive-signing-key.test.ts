import { createHmac } from 'node:crypto';
import { getSigningKey } from '@smithy/signature-v4';
import { describe, expect, it, vi } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { deriveSigningKey } from './derive-signing-key';

// smithy's derivation, counted: its own cache costs an HMAC per call, which ours exists to skip.
vi.mock('@smithy/signature-v4', async (importOriginal) => {
  const smithy = await importOriginal<typeof import('@smithy/signature-v4')>();
  return { ...smithy, getSigningKey: vi.fn(smithy.getSigningKey) };
});

const scopeOf = (date: string, region: string) => `${date}/${region}/bedrock/aws4_request`;
const derive = (secretAccessKey: string, date = '20260115', region = 'us-east-1', accessKeyId = 'AKIDEXAMPLE') =>
  deriveSigningKey(createAwsCredentials({ accessKeyId, secretAccessKey }), date, region, 'bedrock', scopeOf(date, region));

/** SigV4's key derivation, written out (AWS docs: kDate → kRegion → kService → kSigning). */
function expectedKey(secret: string, date: string, region: string): Buffer {
  let key: Buffer | string = `AWS4${secret}`;
  for (const part of [date, region, 'bedrock', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return key as Buffer;
}

describe('deriveSigningKey', () => {
  it('derives the SigV4 signing key of the scope', async () => {
    expect(Buffer.from(await derive('secret-a'))).toEqual(expectedKey('secret-a', '20260115', 'us-east-1'));
  });

  it('reuses the key for equal credentials in new objects (resolveAuth makes one per call)', async () => {
    vi.mocked(getSigningKey).mockClear();
    expect(await derive('secret-b')).toBe(await derive('secret-b'));
    expect(getSigningKey).toHaveBeenCalledTimes(1);
  });

  it('derives again when the secret, the day or the region changes', async () => {
    const first = await derive('secret-c');
    const rotated = await derive('secret-d');
    expect(rotated).not.toBe(first);
    expect(Buffer.from(rotated)).toEqual(expectedKey('secret-d', '20260115', 'us-east-1'));
    expect(Buffer.from(await derive('secret-d', '20260116'))).toEqual(expectedKey('secret-d', '20260116', 'us-east-1'));
    expect(Buffer.from(await derive('secret-d', '20260116', 'eu-west-1'))).toEqual(expectedKey('secret-d', '20260116', 'eu-west-1'));
  });

  it('keeps each access key apart', async () => {
    const one = await derive('secret-e', '20260115', 'us-east-1', 'AKID1');
    const two = await derive('secret-f', '20260115', 'us-east-1', 'AKID2');
    expect(Buffer.from(two)).toEqual(expectedKey('secret-f', '20260115', 'us-east-1'));
    expect(await derive('secret-e', '20260115', 'us-east-1', 'AKID1')).toBe(one);
  });
});
