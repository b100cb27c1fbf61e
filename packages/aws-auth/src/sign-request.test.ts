import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { conformancePath } from '@bedrock-kit/test-utils';
import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { signRequest } from './sign-request';
import { readSignedHeader, readSigningCase } from './testing/read-signing-case';

const credentials = createAwsCredentials({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' });
const signingDate = new Date('2015-08-30T12:36:00Z');

// The public function against the vectors, for every case whose request line is a URL that
// WHATWG parsing leaves unchanged (no dot segments, spaces or raw UTF-8, which `new URL`
// would rewrite), normalised (Bedrock signing always normalises) and without `sign_body`
// (Bedrock signing does not add x-amz-content-sha256).
const folder = conformancePath('sigv4', 'v4');
const urlSafeCases = readdirSync(folder)
  .filter((name) => statSync(join(folder, name)).isDirectory())
  .map((name) => readSigningCase(folder, name))
  .filter(({ request, context }) => {
    const target = request.search === '' ? request.path : `${request.path}?${request.search}`;
    // A path starting with `//` would read as a host: build the URL by concatenation, as a client does.
    const parsed = URL.canParse(`https://example.amazonaws.com${target}`) ? new URL(`https://example.amazonaws.com${target}`) : undefined;
    return context.normalize && !context.sign_body && parsed !== undefined && parsed.pathname + parsed.search === target;
  });

describe('signRequest', () => {
  it('covers most of the suite through the public function', () => {
    expect(urlSafeCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(urlSafeCases)('reproduces the Authorization header of $name', async ({ request, context, expected }) => {
    const target = request.search === '' ? request.path : `${request.path}?${request.search}`;
    const headers = await signRequest(
      { method: request.method, url: `https://example.amazonaws.com${target}`, headers: request.headers, body: request.body },
      {
        credentials: createAwsCredentials({
          accessKeyId: context.credentials.access_key_id,
          secretAccessKey: context.credentials.secret_access_key,
          sessionToken: context.omit_session_token ? undefined : context.credentials.token,
        }),
        region: context.region,
        service: context.service,
        signingDate,
      },
    );
    expect(headers.authorization).toBe(readSignedHeader(expected.header.signedRequest, 'Authorization'));
  });

  it('returns the caller headers plus x-amz-date, the session token and authorization, without host', async () => {
    const headers = await signRequest(
      {
        method: 'POST',
        url: 'https://bedrock-runtime.eu-west-1.amazonaws.com/model/m/converse',
        headers: { 'content-type': 'application/json', Host: 'ignored.example', Authorization: 'stale', 'X-Amz-Date': 'stale' },
        body: '{}',
      },
      { credentials: createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'token-1' }), region: 'eu-west-1', signingDate },
    );
    expect(Object.keys(headers).sort()).toEqual(['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token']);
    expect(headers['x-amz-security-token']).toBe('token-1');
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/20150830\/eu-west-1\/bedrock\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
  });

  it('signs the host of the URL, port included', async () => {
    const sign = (url: string) =>
      signRequest({ method: 'POST', url, headers: {}, body: '' }, { credentials, region: 'us-east-1', signingDate });
    const [withPort, otherPort] = await Promise.all([sign('http://127.0.0.1:8080/converse'), sign('http://127.0.0.1:8081/converse')]);
    expect(withPort.authorization).not.toBe(otherPort.authorization);
  });

  it('signs the body: a different body gives a different signature', async () => {
    const sign = (body: string) =>
      signRequest({ method: 'POST', url: 'https://h.example/x', headers: {}, body }, { credentials, region: 'us-east-1', signingDate });
    expect((await sign('{"a":1}')).authorization).not.toBe((await sign('{"a":2}')).authorization);
  });

  it('refuses credentials without a secret key with a ConfigError', async () => {
    const error = await signRequest(
      { method: 'POST', url: 'https://h.example/x', headers: {} },
      { credentials: { accessKeyId: 'AKID' } as never, region: 'us-east-1' },
    ).catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
  });
});
