import { createHash, createHmac } from 'node:crypto';
import { getToken } from '@aws/bedrock-token-generator';
import { ConfigError } from '@bedrock-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBedrockApiKey, MAX_BEDROCK_API_KEY_EXPIRES_IN } from './create-bedrock-api-key';
import { putKey } from './key-store';

afterEach(() => {
  putKey('aws_bedrock', undefined);
  vi.useRealTimers();
});

const signingDate = new Date('2026-03-04T05:06:07.000Z');
const keys = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const sessionKeys = { ...keys, sessionToken: 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJH+/=' };

/** The URL inside a key: base64 after the prefix. */
function decode(key: string): string {
  expect(key.startsWith('bedrock-api-key-')).toBe(true);
  return Buffer.from(key.slice('bedrock-api-key-'.length), 'base64').toString('utf8');
}

/** The query of a decoded key, in order, and everything around it. */
function parse(url: string) {
  const match = /^bedrock\.amazonaws\.com\/\?(.*)&Version=1$/.exec(url);
  expect(match, url).not.toBeNull();
  const pairs = match![1]!.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]);
  return { pairs, params: Object.fromEntries(pairs) };
}

/** AWS's generator at a fixed time: it takes no signing date, so Date is faked while it runs. */
async function awsToken(config: Parameters<typeof getToken>[0], at: Date): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'], now: at });
  try {
    return await getToken(config);
  } finally {
    vi.useRealTimers();
  }
}

/**
 * Verifies a presigned URL's signature from scratch, SigV4 query mode as the conformance vectors
 * spell it (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): canonical
 * request of POST / with every parameter but the signature, sorted and RFC 3986 encoded; host the
 * only header; the empty payload's hash; then the HMAC chain on node:crypto.
 */
function expectedSignature(params: Record<string, string>, secretAccessKey: string): { canonicalRequest: string; signature: string } {
  const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = Object.keys(params)
    .filter((name) => name !== 'X-Amz-Signature')
    .sort()
    .map((name) => `${encode(name)}=${encode(params[name]!)}`)
    .join('&');
  const canonicalRequest = `POST\n/\n${query}\nhost:bedrock.amazonaws.com\n\nhost\n${createHash('sha256').update('').digest('hex')}`;
  const [, scope] = /^[^/]+\/(.+)$/.exec(params['X-Amz-Credential']!)!;
  const [day, region, service] = scope!.split('/');
  const stringToSign = `AWS4-HMAC-SHA256\n${params['X-Amz-Date']}\n${scope}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day!), region!), service!), 'aws4_request');
  return { canonicalRequest, signature: createHmac('sha256', signingKey).update(stringToSign).digest('hex') };
}

describe('createBedrockApiKey: the format of AWS\'s token generator, byte for byte', () => {
  it.each([
    { name: 'keys, default expiry', credentials: keys, region: 'us-east-1', expiresIn: undefined },
    { name: 'session keys, 15 minutes', credentials: sessionKeys, region: 'eu-central-1', expiresIn: 900 },
    { name: 'keys, 1 second', credentials: keys, region: 'ap-southeast-2', expiresIn: 1 },
    { name: 'session keys, the maximum', credentials: sessionKeys, region: 'us-gov-west-1', expiresIn: 43_200 },
  ])('$name: same key as @aws/bedrock-token-generator at the same time', async ({ credentials, region, expiresIn }) => {
    const ours = await createBedrockApiKey({ credentials, region, expiresIn, signingDate, env: {} });
    const theirs = await awsToken({ credentials, region, expiresInSeconds: expiresIn }, signingDate);
    expect(ours).toBe(theirs);
    // Same structure too, so a difference would point at the part that differs.
    expect(parse(decode(ours)).pairs.map(([name]) => name)).toEqual(parse(decode(theirs)).pairs.map(([name]) => name));
  });

  it('decodes to the presigned CallWithBearerToken URL with exactly the expected parameters, in smithy\'s order', async () => {
    const key = await createBedrockApiKey({ credentials: sessionKeys, region: 'us-west-2', expiresIn: 3600, signingDate, env: {} });
    const { pairs, params } = parse(decode(key));
    expect(pairs.map(([name]) => name)).toEqual([
      'Action',
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-Security-Token',
      'X-Amz-Signature',
      'X-Amz-SignedHeaders',
    ]);
    expect(params).toMatchObject({
      Action: 'CallWithBearerToken',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'AKIDEXAMPLE/20260304/us-west-2/bedrock/aws4_request',
      'X-Amz-Date': '20260304T050607Z',
      'X-Amz-Expires': '3600',
      'X-Amz-Security-Token': sessionKeys.sessionToken,
      'X-Amz-SignedHeaders': 'host',
    });
    expect(params['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['without a session token', keys],
    ['with a session token', sessionKeys],
  ])('its signature verifies from scratch (SigV4 query mode) %s', async (_what, credentials) => {
    const key = await createBedrockApiKey({ credentials, region: 'us-east-1', expiresIn: 600, signingDate, env: {} });
    const { params } = parse(decode(key));
    const { signature } = expectedSignature(params, credentials.secretAccessKey);
    expect(params['X-Amz-Signature']).toBe(signature);
    // And a different secret would not verify: the check can fail.
    expect(expectedSignature(params, `${credentials.secretAccessKey}x`).signature).not.toBe(signature);
  });

  it('signs at the time given, and at the current time when none is', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-07-08T09:10:11Z') });
    const key = await createBedrockApiKey({ credentials: keys, region: 'us-east-1', env: {} });
    vi.useRealTimers();
    expect(parse(decode(key)).params['X-Amz-Date']).toBe('20270708T091011Z');
  });
});

describe('createBedrockApiKey resolves credentials and region as calls do', () => {
  const dateOf = async (options: Parameters<typeof createBedrockApiKey>[0]) => parse(decode(await createBedrockApiKey({ signingDate, ...options }))).params;

  it('takes a provider function (called once, cached) or fixed keys', async () => {
    const provider = vi.fn(async () => ({ ...sessionKeys, expiration: new Date('2099-01-01T00:00:00Z') }));
    const first = await dateOf({ credentials: provider, region: 'us-east-1', env: {} });
    await dateOf({ credentials: provider, region: 'us-east-1', env: {} });
    expect(provider).toHaveBeenCalledTimes(1);
    expect(first['X-Amz-Security-Token']).toBe(sessionKeys.sessionToken);
    expect((await dateOf({ credentials: keys, region: 'us-east-1', env: {} }))['X-Amz-Credential']).toMatch(/^AKIDEXAMPLE\//);
  });

  it('falls back to the key store\'s IAM keys and region, then to the environment', async () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 'env-secret', AWS_SESSION_TOKEN: 'env-token', AWS_REGION: 'eu-west-3' };
    const fromEnv = await dateOf({ env });
    expect(fromEnv['X-Amz-Credential']).toBe('AKIDENV/20260304/eu-west-3/bedrock/aws4_request');
    expect(fromEnv['X-Amz-Security-Token']).toBe('env-token');
    putKey('aws_bedrock', { accessKeyId: 'AKIDSTORE', secretAccessKey: 'store-secret', apiKey: 'an-api-key', region: 'sa-east-1' });
    const fromStore = await dateOf({ env });
    // The store's IAM keys, though an API key sits beside them; never the environment's session token.
    expect(fromStore['X-Amz-Credential']).toBe('AKIDSTORE/20260304/sa-east-1/bedrock/aws4_request');
    expect(fromStore['X-Amz-Security-Token']).toBeUndefined();
    expect((await dateOf({ env, region: 'ca-central-1', credentials: keys }))['X-Amz-Credential']).toBe('AKIDEXAMPLE/20260304/ca-central-1/bedrock/aws4_request');
  });

  it('defaults the region to us-east-1', async () => {
    expect((await dateOf({ credentials: keys, env: {} }))['X-Amz-Credential']).toContain('/us-east-1/bedrock/');
  });

  it('a Bedrock API key alone cannot mint one: ConfigError saying what to give', async () => {
    putKey('aws_bedrock', { apiKey: 'an-api-key' });
    await expect(createBedrockApiKey({ env: { AWS_BEARER_TOKEN_BEDROCK: 'another' } })).rejects.toSatisfy(
      (error: Error) => ConfigError.isInstance(error) && /needs IAM credentials/.test(error.message) && !error.message.includes('an-api-key'),
    );
  });

  it.each([0, -1, 43_201, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '900' as unknown as number])('refuses expiresIn %j before anything else', async (expiresIn) => {
    await expect(createBedrockApiKey({ credentials: keys, expiresIn, env: {} })).rejects.toSatisfy(
      (error: Error) => ConfigError.isInstance(error) && error.message.startsWith('expiresIn must be a whole number of seconds from 1 to 43200'),
    );
    expect(MAX_BEDROCK_API_KEY_EXPIRES_IN).toBe(43_200);
  });

  it('refuses a bad region, naming it, and bad credentials without quoting them', async () => {
    await expect(createBedrockApiKey({ credentials: keys, region: 'us-east-1\n', env: {} })).rejects.toThrow(/^region is not an AWS region name/);
    const error = await createBedrockApiKey({ credentials: { ...keys, secretAccessKey: 'Zq8KpW3xYv7R\r\n' }, env: {} }).catch((caught: Error) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('secretAccessKey');
    expect((error as Error).message).not.toContain('Zq8K');
    await expect(createBedrockApiKey({ credentials: keys, signingDate: new Date(Number.NaN), env: {} })).rejects.toThrow(ConfigError);
  });
});
