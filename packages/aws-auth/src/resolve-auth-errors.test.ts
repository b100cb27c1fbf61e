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
    for (const name of [
      'providerOptions.apiKey',
      'createBedrock({ apiKey })',
      'createBedrock({ accessKeyId, secretAccessKey',
      'createBedrock({ credentials })',
      "putKey('aws_bedrock'",
      'AWS_BEARER_TOKEN_BEDROCK',
      'AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY',
    ]) {
      expect(error.message).toContain(name);
    }
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
    { where: 'call', input: { call: { accessKeyId: 'AKID' } }, given: 'providerOptions.accessKeyId', missing: 'providerOptions.secretAccessKey' },
    { where: 'call', input: { call: { secretAccessKey: 'CANARY-secret-1' } }, given: 'providerOptions.secretAccessKey', missing: 'providerOptions.accessKeyId' },
    { where: 'instance', input: { instance: { accessKeyId: 'AKID' } }, given: 'createBedrock({ accessKeyId })', missing: 'createBedrock({ secretAccessKey })' },
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
    expect(error.message).toContain('createBedrock({ sessionToken }) is set without');
    expect(error.message).not.toContain('CANARY');
  });

  it('an API key with a trailing newline', async () => {
    const error = await configError(resolveAuth({ env: { AWS_BEARER_TOKEN_BEDROCK: 'CANARY-key\n' } }));
    expect(error.message).toContain('AWS_BEARER_TOKEN_BEDROCK');
    expect(error.message).not.toContain('CANARY');
  });

  it('a non-string option', async () => {
    const error = await configError(resolveAuth({ call: { apiKey: 42 as unknown as string } }));
    expect(error.message).toContain('providerOptions.apiKey must be a string');
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
    expect(error.message).toContain('createBedrock({ credentials }) has no secretAccessKey');
  });
});
