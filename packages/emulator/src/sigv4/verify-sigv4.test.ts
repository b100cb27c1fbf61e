import { readdirSync } from 'node:fs';
import { conformancePath } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { readSigV4Vector } from './read-sigv4-vector';
import { signSigV4 } from './sign-sigv4';
import { verifySigV4 } from './verify-sigv4';

const folder = conformancePath('sigv4', 'v4');
const names = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('verifySigV4 against the aws-c-auth suite (header mode)', () => {
  it('finds all 38 cases', () => {
    expect(names).toHaveLength(38);
  });

  for (const name of names) {
    const vector = readSigV4Vector(folder, name);
    const options = {
      lookupSecret: (id: string) =>
        id === vector.context.credentials.access_key_id ? vector.context.credentials.secret_access_key : undefined,
      region: vector.context.region,
      service: vector.context.service,
      normalizePath: vector.context.normalize,
    };

    it(`${name}: accepts the signed request and rebuilds the canonical request byte for byte`, () => {
      const result = verifySigV4(vector.signedRequest, options);
      expect(result).toMatchObject({ ok: true, accessKeyId: 'AKIDEXAMPLE', amzDate: '20150830T123600Z' });
      if (!result.ok) return;
      expect(result.canonicalRequest).toBe(vector.canonicalRequest);
      expect(result.stringToSign).toBe(vector.stringToSign);
    });

    it(`${name}: rejects the request once a signed part changes`, () => {
      const { signedRequest } = vector;
      const mutatedBody = { ...signedRequest, body: `${String(signedRequest.body)}x` };
      expect(verifySigV4(mutatedBody, options)).toMatchObject({ ok: false, failure: 'signature' });
      const mutatedMethod = { ...signedRequest, method: signedRequest.method === 'GET' ? 'POST' : 'GET' };
      expect(verifySigV4(mutatedMethod, options)).toMatchObject({ ok: false, failure: 'signature' });
      const wrongSecret = { ...options, lookupSecret: () => 'not-the-secret' };
      expect(verifySigV4(signedRequest, wrongSecret)).toMatchObject({ ok: false, failure: 'signature' });
    });
  }
});

describe('verifySigV4 scope and header checks', () => {
  const vector = readSigV4Vector(folder, 'get-vanilla');
  const lookupSecret = () => vector.context.credentials.secret_access_key;

  it('refuses an unknown access key, another region, another service', () => {
    expect(verifySigV4(vector.signedRequest, { lookupSecret: () => undefined })).toMatchObject({ failure: 'unknown-key' });
    expect(verifySigV4(vector.signedRequest, { lookupSecret, region: 'eu-west-1' })).toMatchObject({ failure: 'region' });
    expect(verifySigV4(vector.signedRequest, { lookupSecret, service: 'bedrock' })).toMatchObject({ failure: 'service' });
  });

  it('reports a missing or incomplete Authorization header', () => {
    const headers = vector.signedRequest.headers.filter(([name]) => name.toLowerCase() !== 'authorization');
    expect(verifySigV4({ ...vector.signedRequest, headers }, { lookupSecret })).toMatchObject({ failure: 'missing' });
    const incomplete = [...headers, ['Authorization', 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request'] as const];
    expect(verifySigV4({ ...vector.signedRequest, headers: incomplete }, { lookupSecret })).toMatchObject({ failure: 'incomplete' });
  });
});

describe('signSigV4 (the test helper) and the Bedrock path rule', () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
  const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-sonnet-20240229-v1%3A0/invoke';

  it('signs the already-encoded model path encoded a second time', () => {
    const headers = signSigV4({ method: 'POST', url, body: '{}', credentials, region: 'us-east-1', date: Date.UTC(2024, 0, 1) });
    const result = verifySigV4(
      { method: 'POST', target: new URL(url).pathname, headers: Object.entries(headers), body: '{}' },
      { lookupSecret: () => credentials.secretAccessKey, region: 'us-east-1', service: 'bedrock' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.canonicalRequest.split('\n')[1]).toBe('/model/anthropic.claude-3-sonnet-20240229-v1%253A0/invoke');
    expect(result.amzDate).toBe('20240101T000000Z');
  });

  it('a verifier that encoded the path only once would not accept it', () => {
    const headers = signSigV4({ method: 'POST', url, body: '{}', credentials, region: 'us-east-1' });
    // Sending the decoded path (`:` instead of `%3A`) changes the canonical URI.
    const decodedTarget = decodeURIComponent(new URL(url).pathname);
    const result = verifySigV4(
      { method: 'POST', target: decodedTarget, headers: Object.entries(headers), body: '{}' },
      { lookupSecret: () => credentials.secretAccessKey },
    );
    expect(result).toMatchObject({ ok: false, failure: 'signature' });
  });
});
