import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createAuthHeaders } from './create-auth-headers';
import { createBearerHeaders } from './create-bearer-headers';
import { resolveAuth } from './resolve-auth';

const request = {
  method: 'POST',
  url: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse',
  headers: { 'content-type': 'application/json', Authorization: 'stale' },
  body: '{}',
};

describe('bearer API key', () => {
  it('createBearerHeaders gives Authorization: Bearer <key>', () => {
    expect(createBearerHeaders('ABSKabc+/=123')).toEqual({ authorization: 'Bearer ABSKabc+/=123' });
  });

  it.each(['', 'CANARY key', 'CANARY\n', 'CANARY\r\nx-injected: 1'])('refuses %j without quoting it', (apiKey) => {
    let caught: unknown;
    try {
      createBearerHeaders(apiKey);
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).not.toContain('CANARY');
  });

  it('createAuthHeaders with a bearer auth sends the key and no SigV4 headers', async () => {
    const auth = await resolveAuth({ call: { apiKey: 'KEY-1' } });
    const headers = await createAuthHeaders(request, { auth, region: 'us-east-1' });
    expect(headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer KEY-1' });
  });

  it('createAuthHeaders with sigv4 auth signs', async () => {
    const auth = await resolveAuth({ call: { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN' } });
    const headers = await createAuthHeaders(request, { auth, region: 'eu-central-1', signingDate: new Date('2025-01-01T00:00:00Z') });
    expect(headers['x-amz-date']).toBe('20250101T000000Z');
    expect(headers['x-amz-security-token']).toBe('TOKEN');
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/20250101\/eu-central-1\/bedrock\/aws4_request, /);
    expect(headers.Authorization).toBeUndefined();
  });
});
