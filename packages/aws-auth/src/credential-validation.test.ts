import { ConfigError } from '@bedrock-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { putKey } from './key-store';
import { resolveAuth } from './resolve-auth';
import { resolveRegion } from './resolve-region';
import { signRequest } from './sign-request';

afterEach(() => putKey('aws_bedrock', undefined));

// A secret whose every 4-character window is unlikely in prose: no part of it may appear in a message.
const SECRET = 'Zq8KpW3xYv7RmT2nQj5L';
const windows = (text: string) => Array.from({ length: text.length - 3 }, (_, index) => text.slice(index, index + 4));

function expectConfigError(action: () => unknown, ...mustName: string[]): ConfigError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(ConfigError.isInstance(caught), String(caught)).toBe(true);
  const error = caught as ConfigError;
  for (const name of mustName) expect(error.message).toContain(name);
  for (const window of windows(SECRET)) expect(error.message).not.toContain(window);
  expect(error.retryable).toBe(false);
  return error;
}

async function expectRejectsConfigError(action: () => Promise<unknown>, ...mustName: string[]): Promise<ConfigError> {
  const caught = await action().then(
    () => undefined,
    (error: unknown) => error,
  );
  return expectConfigError(() => {
    if (caught !== undefined) throw caught;
  }, ...mustName);
}

const BAD_SUFFIXES = { CR: '\r', LF: '\n', CRLF: '\r\nx-injected: 1', NUL: '\u0000', DEL: '\u007f', 'a space': ' ', 'a C1 control': '\u0085', 'a non-ASCII letter': 'é' };
const bad = Object.entries(BAD_SUFFIXES).map(([what, suffix]) => ({ what, value: `${SECRET}${suffix}` }));
const badMiddle = Object.entries(BAD_SUFFIXES).map(([what, suffix]) => ({ what, value: `${SECRET.slice(0, 10)}${suffix}${SECRET.slice(10)}` }));

describe('credentials with control characters or whitespace are a ConfigError naming field and source, never the value', () => {
  describe.each([...bad, ...badMiddle])('$what', ({ value }) => {
    it.each([
      ['secretAccessKey', 'call', { call: { accessKeyId: 'AKID', secretAccessKey: value } }, 'secretAccessKey (call options)'],
      ['sessionToken', 'call', { call: { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: value } }, 'sessionToken (call options)'],
      ['accessKeyId', 'client', { instance: { accessKeyId: value, secretAccessKey: 'SECRET' } }, 'accessKeyId (client options)'],
      ['apiKey', 'client', { instance: { apiKey: value } }, 'apiKey (client options)'],
      ['secretAccessKey', 'environment', { env: { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: value } }, 'AWS_SECRET_ACCESS_KEY'],
      ['sessionToken', 'environment', { env: { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'SECRET', AWS_SESSION_TOKEN: value } }, 'AWS_SESSION_TOKEN'],
      ['apiKey', 'environment', { env: { AWS_BEARER_TOKEN_BEDROCK: value } }, 'AWS_BEARER_TOKEN_BEDROCK'],
    ] as const)('%s from %s', async (_field, _source, options, label) => {
      await expectRejectsConfigError(() => resolveAuth({ env: {}, ...options }), label);
    });

    it.each(['accessKeyId', 'secretAccessKey', 'sessionToken', 'apiKey'] as const)('%s given to putKey, refused when stored', (field) => {
      const key = field === 'apiKey' ? { apiKey: value } : { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN', [field]: value };
      expectConfigError(() => putKey('aws_bedrock', key), `${field} (putKey('aws_bedrock'))`);
    });

    it.each(['accessKeyId', 'secretAccessKey', 'sessionToken'] as const)('%s of a provider result', async (field) => {
      const result = { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN', [field]: value };
      await expectRejectsConfigError(() => resolveAuth({ instance: { credentials: async () => result }, env: {} }), 'credentials provider', field);
    });

    it.each(['accessKeyId', 'secretAccessKey', 'sessionToken'] as const)('%s of fixed credentials', async (field) => {
      const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN', [field]: value };
      await expectRejectsConfigError(() => resolveAuth({ call: { credentials }, env: {} }), 'credentials (call options)', field);
    });

    it.each(['accessKeyId', 'secretAccessKey', 'sessionToken'] as const)('%s of credentials given to signRequest', async (field) => {
      const credentials = createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN', [field]: value });
      const request = { method: 'POST', url: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse', headers: {}, body: '{}' };
      await expectRejectsConfigError(() => signRequest(request, { credentials, region: 'us-east-1' }), `credentials.${field}`);
    });
  });

  it('a malformed value stored earlier in the key store is refused at put time, so resolution never sees it', () => {
    expectConfigError(() => putKey('aws_bedrock', { apiKey: `${SECRET}\n` }));
    expect(() => resolveRegion({ env: {} })).not.toThrow();
  });

  it('a leftover malformed AWS_SESSION_TOKEN without keys is ignored, as a lone token is', async () => {
    await expectRejectsConfigError(() => resolveAuth({ env: { AWS_SESSION_TOKEN: `${SECRET}\n` } }), 'No credentials');
  });

  it('clean values still pass from every source', async () => {
    putKey('aws_bedrock', { accessKeyId: 'AKIDSTORE', secretAccessKey: 'a/b+c=', sessionToken: 'FwoG//+=', region: 'eu-west-1' });
    const auth = await resolveAuth({ env: {} });
    expect(auth.kind === 'sigv4' && auth.credentials.sessionToken).toBe('FwoG//+=');
  });
});

describe('region from every source must match ^[a-z]{2}(-[a-z]+)+-\\d+$ (named with its source; a region is not secret)', () => {
  it.each(['us-east-1', 'us-gov-west-1', 'ap-southeast-7', 'eu-central-2', 'cn-northwest-1', 'il-central-1'])('accepts %s', (region) => {
    expect(resolveRegion({ call: { region }, env: {} })).toBe(region);
  });

  it.each(['us-east-1\r\n', 'US-EAST-1', 'useast1', 'us-east', 'us-east-1a', 'local', 'us-east-1.evil.example', '-us-east-1', 'u-east-1', 'us--east-1', 'us-east-1\u0000'])(
    'refuses %j from each source',
    (region) => {
      expectConfigError(() => resolveRegion({ call: { region }, env: {} }), 'region (call options)', 'not an AWS region name');
      expectConfigError(() => resolveRegion({ instance: { region }, env: {} }), 'region (client options)');
      expectConfigError(() => resolveRegion({ env: { AWS_REGION: region } }), 'AWS_REGION');
      expectConfigError(() => resolveRegion({ env: { AWS_DEFAULT_REGION: region } }), 'AWS_DEFAULT_REGION');
      expectConfigError(() => putKey('aws_bedrock', { region }), "region (putKey('aws_bedrock'))");
    },
  );

  it('echoes the region (escaped) so the user sees what was wrong', () => {
    const error = expectConfigError(() => resolveRegion({ env: { AWS_REGION: 'us-east-1\n' } }));
    expect(error.message).toContain('"us-east-1\\n"');
  });
});
