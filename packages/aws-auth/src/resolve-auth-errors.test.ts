import { ConfigError } from '@bedrock-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { putKey } from './key-store';
import { resolveAuth } from './resolve-auth';

afterEach(() => putKey('aws_bedrock', undefined));

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(ConfigError.isInstance(error)).toBe(true);
  return error as ConfigError;
}

describe('resolveAuth when nothing is configured', () => {
  it('throws a ConfigError naming every option and environment variable that would work', async () => {
    const error = await configError(resolveAuth({ env: {} }));
    for (const name of ['apiKey', 'accessKeyId + secretAccessKey', 'credentials', "putKey('aws_bedrock'", 'AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY']) {
      expect(error.message).toContain(name);
    }
    // aws-auth words nothing in a facade's terms; a facade adds its own.
    expect(error.message).not.toMatch(/providerOptions|createBedrock/);
    expect(error.retryable).toBe(false);
  });

  it('ignores a lone AWS_SESSION_TOKEN and a region-only source', async () => {
    await configError(resolveAuth({ call: { region: 'us-west-2' }, env: { AWS_SESSION_TOKEN: 'leftover', AWS_REGION: 'us-west-2' } }));
  });

  it('says when the runtime has no process.env', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'process')!;
    Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true });
    try {
      const error = await configError(resolveAuth());
      expect(error.message).toContain('no process.env');
    } finally {
      Object.defineProperty(globalThis, 'process', saved);
    }
  });
});

describe('resolveAuth with half an IAM key pair', () => {
  it.each([
    { where: 'call', input: { call: { accessKeyId: 'AKID' } }, given: 'accessKeyId (call options)', missing: 'secretAccessKey (call options)' },
    { where: 'call', input: { call: { secretAccessKey: 'CANARY-secret-1' } }, given: 'secretAccessKey (call options)', missing: 'accessKeyId (call options)' },
    { where: 'instance', input: { instance: { accessKeyId: 'AKID' } }, given: 'accessKeyId (client options)', missing: 'secretAccessKey (client options)' },
    { where: 'environment', input: { env: { AWS_ACCESS_KEY_ID: 'AKID' } }, given: 'AWS_ACCESS_KEY_ID', missing: 'AWS_SECRET_ACCESS_KEY' },
    { where: 'environment', input: { env: { AWS_SECRET_ACCESS_KEY: 'CANARY-secret-1' } }, given: 'AWS_SECRET_ACCESS_KEY', missing: 'AWS_ACCESS_KEY_ID' },
  ])('$where: says $missing is missing', async ({ input, given, missing }) => {
    const error = await configError(resolveAuth({ env: {}, ...input }));
    expect(error.message).toContain(`${given} is set but ${missing} is missing`);
    expect(error.message).not.toContain('CANARY');
  });

  it('does not complete a half pair from a lower source', async () => {
    await configError(resolveAuth({ call: { accessKeyId: 'AKID' }, env: { AWS_ACCESS_KEY_ID: 'AKID_env', AWS_SECRET_ACCESS_KEY: 'SECRET_env' } }));
  });

  it('an API key in the same source wins over a half pair', async () => {
    const auth = await resolveAuth({ call: { apiKey: 'key', accessKeyId: 'AKID' } });
    expect(auth.kind).toBe('bearer');
  });
});

describe('resolveAuth rejects bad values without quoting secrets', () => {
  it('a session token without keys in an option source', async () => {
    const error = await configError(resolveAuth({ instance: { sessionToken: 'CANARY-token' }, env: {} }));
    expect(error.message).toContain('sessionToken (client options) is set without');
    expect(error.message).not.toContain('CANARY');
  });

  it('an API key with a trailing newline', async () => {
    const error = await configError(resolveAuth({ env: { AWS_BEARER_TOKEN_BEDROCK: 'CANARY-key\n' } }));
    expect(error.message).toContain('AWS_BEARER_TOKEN_BEDROCK');
    expect(error.message).not.toContain('CANARY');
  });

  it('a non-string option', async () => {
    const error = await configError(resolveAuth({ call: { apiKey: 42 as unknown as string } }));
    expect(error.message).toContain('apiKey (call options) must be a string');
  });

  it('a failing provider, as a ConfigError that says so', async () => {
    const error = await configError(
      resolveAuth({
        instance: {
          credentials: async () => {
            throw new Error('SSO session expired');
          },
        },
      }),
    );
    expect(error.message).toContain('The credentials provider failed: SSO session expired');
  });

  it('fixed credentials missing a field', async () => {
    const error = await configError(resolveAuth({ instance: { credentials: { accessKeyId: 'AKID' } as never } }));
    expect(error.message).toContain('credentials (client options) has no secretAccessKey');
  });
});

describe('resolveAuth names fields in the caller\'s terms when asked', () => {
  it('nameSetting words the call and client fields; the key store and the environment keep their own names', async () => {
    const nameSetting = (field: string, source: 'call' | 'instance') => (source === 'call' ? `providerOptions.${field}` : `createBedrock({ ${field} })`);
    const call = await configError(resolveAuth({ call: { accessKeyId: 'AKID' }, env: {}, nameSetting }));
    expect(call.message).toContain('providerOptions.accessKeyId is set but providerOptions.secretAccessKey is missing');
    const instance = await configError(resolveAuth({ instance: { sessionToken: 'CANARY-token' }, env: {}, nameSetting }));
    expect(instance.message).toContain('createBedrock({ sessionToken }) is set without');
    putKey('aws_bedrock', { region: 'eu-west-1' });
    const env = await configError(resolveAuth({ env: { AWS_ACCESS_KEY_ID: 'AKID' }, nameSetting }));
    expect(env.message).toContain('AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is missing');
  });
});
