import { ConfigError } from '@bedrock-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { createAuthHeaders } from './create-auth-headers';
import { createBedrockApiKey } from './create-bedrock-api-key';
import { putKey } from './key-store';
import { resolveAuth } from './resolve-auth';
import { signRequest } from './sign-request';

// Each module loaded on use counts its loads: the mock factory runs when, and only when, something
// imports the module, and then hands back the real module.
const loads = vi.hoisted(() => ({ signer: 0, presigner: 0 }));
vi.mock('./create-sigv4-headers', async (importOriginal) => {
  loads.signer += 1;
  return importOriginal();
});
vi.mock('./mint-bedrock-api-key', async (importOriginal) => {
  loads.presigner += 1;
  return importOriginal();
});

afterEach(() => putKey('aws_bedrock', undefined));

const request = { method: 'POST', url: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse', headers: { 'content-type': 'application/json' }, body: '{}' };
const signingDate = new Date('2025-01-01T00:00:00Z');

// One file, in order: the module registry (and so the count) is shared by its tests.
describe('the SigV4 signer loads on use', () => {
  it('an API-key call, from every source, never loads the signer or the presigner', async () => {
    putKey('aws_bedrock', { apiKey: 'KEY-STORE' });
    for (const call of [{ apiKey: 'KEY-CALL' }, undefined]) {
      const auth = await resolveAuth({ call, env: { AWS_BEARER_TOKEN_BEDROCK: 'KEY-ENV' } });
      expect(auth.kind).toBe('bearer');
      const headers = await createAuthHeaders(request, { auth, region: 'us-east-1', signingDate });
      expect(headers.authorization).toMatch(/^Bearer KEY-/);
    }
    expect(loads).toEqual({ signer: 0, presigner: 0 });
  });

  it('bad credentials or a bad region are refused before the signer is loaded', async () => {
    const credentials = createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: 'SECRET' });
    await expect(signRequest(request, { credentials, region: 'us east 1' })).rejects.toSatisfy(ConfigError.isInstance);
    await expect(signRequest(request, { credentials: { accessKeyId: 'AKID' } as never, region: 'us-east-1' })).rejects.toSatisfy(ConfigError.isInstance);
    await expect(createBedrockApiKey({ credentials, expiresIn: 0 })).rejects.toSatisfy(ConfigError.isInstance);
    expect(loads).toEqual({ signer: 0, presigner: 0 });
  });

  it('the first SigV4 call loads the signer once; later calls reuse it', async () => {
    const auth = await resolveAuth({ call: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' } });
    const first = await createAuthHeaders(request, { auth, region: 'us-east-1', signingDate });
    expect(first.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/20250101\/us-east-1\/bedrock\/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/);
    const [second, third] = await Promise.all([
      createAuthHeaders(request, { auth, region: 'us-east-1', signingDate }),
      signRequest(request, { credentials: auth.kind === 'sigv4' ? auth.credentials : (undefined as never), region: 'us-east-1', signingDate }),
    ]);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(loads).toEqual({ signer: 1, presigner: 0 });
  });

  it('minting an API key loads the presigner, once', async () => {
    const credentials = createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: 'SECRET' });
    const keys = await Promise.all([1, 2].map(() => createBedrockApiKey({ credentials, region: 'us-east-1', signingDate, expiresIn: 60 })));
    expect(keys[0]).toMatch(/^bedrock-api-key-/);
    expect(keys[1]).toBe(keys[0]);
    expect(loads).toEqual({ signer: 1, presigner: 1 });
  });
});
