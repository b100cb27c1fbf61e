import { afterEach, describe, expect, it } from 'vitest';
import type { AuthSettings, Environment, ResolvedAuth } from './auth-settings';
import { putKey } from './key-store';
import { resolveAuth } from './resolve-auth';

afterEach(() => putKey('aws_bedrock', undefined));

const keys = (tag: string, sessionToken?: string): AuthSettings => ({
  accessKeyId: `AKID_${tag}`,
  secretAccessKey: `SECRET_${tag}`,
  ...(sessionToken === undefined ? {} : { sessionToken }),
});
const fullEnv: Environment = {
  AWS_BEARER_TOKEN_BEDROCK: 'key-env',
  AWS_ACCESS_KEY_ID: 'AKID_env',
  AWS_SECRET_ACCESS_KEY: 'SECRET_env',
  AWS_SESSION_TOKEN: 'token-env',
};
const envKeysOnly: Environment = { AWS_ACCESS_KEY_ID: 'AKID_env', AWS_SECRET_ACCESS_KEY: 'SECRET_env', AWS_SESSION_TOKEN: 'token-env' };

/** A flat summary of what was resolved (secrets read by name, as the signer does). */
function summary(auth: ResolvedAuth) {
  if (auth.kind === 'bearer') return { kind: auth.kind, source: auth.source, apiKey: auth.apiKey };
  const { credentials } = auth;
  return {
    kind: auth.kind,
    source: auth.source,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
  };
}

describe('resolveAuth precedence (API.md "Credential precedence")', () => {
  it.each([
    {
      rule: 'call apiKey beats everything below it',
      input: { call: { apiKey: 'key-call' }, instance: { apiKey: 'key-instance' }, env: fullEnv },
      expected: { kind: 'bearer', source: 'call', apiKey: 'key-call' },
    },
    {
      rule: 'within the call, apiKey beats IAM keys',
      input: { call: { apiKey: 'key-call', ...keys('call') }, env: {} },
      expected: { kind: 'bearer', source: 'call', apiKey: 'key-call' },
    },
    {
      rule: 'call keys beat an instance apiKey (the more explicit source wins, whole)',
      input: { call: keys('call'), instance: { apiKey: 'key-instance' }, env: fullEnv },
      expected: { kind: 'sigv4', source: 'call', accessKeyId: 'AKID_call', secretAccessKey: 'SECRET_call', sessionToken: undefined },
    },
    {
      rule: 'call keys take the call session token',
      input: { call: keys('call', 'token-call'), instance: keys('instance', 'token-instance'), env: fullEnv },
      expected: { kind: 'sigv4', source: 'call', accessKeyId: 'AKID_call', secretAccessKey: 'SECRET_call', sessionToken: 'token-call' },
    },
    {
      rule: 'call region alone gives no credentials: the instance is next',
      input: { call: { region: 'eu-west-1' }, instance: { apiKey: 'key-instance' }, env: fullEnv },
      expected: { kind: 'bearer', source: 'instance', apiKey: 'key-instance' },
    },
    {
      rule: 'within the instance, apiKey beats IAM keys',
      input: { instance: { apiKey: 'key-instance', ...keys('instance') }, env: fullEnv },
      expected: { kind: 'bearer', source: 'instance', apiKey: 'key-instance' },
    },
    {
      rule: 'instance keys beat the environment API key, and no env session token is added',
      input: { instance: keys('instance'), env: fullEnv },
      expected: { kind: 'sigv4', source: 'instance', accessKeyId: 'AKID_instance', secretAccessKey: 'SECRET_instance', sessionToken: undefined },
    },
    {
      rule: 'env API key beats env IAM keys',
      input: { env: fullEnv },
      expected: { kind: 'bearer', source: 'environment', apiKey: 'key-env' },
    },
    {
      rule: 'env keys take AWS_SESSION_TOKEN',
      input: { env: envKeysOnly },
      expected: { kind: 'sigv4', source: 'environment', accessKeyId: 'AKID_env', secretAccessKey: 'SECRET_env', sessionToken: 'token-env' },
    },
    {
      rule: 'env keys without AWS_SESSION_TOKEN have no session token',
      input: { env: { AWS_ACCESS_KEY_ID: 'AKID_env', AWS_SECRET_ACCESS_KEY: 'SECRET_env' } },
      expected: { kind: 'sigv4', source: 'environment', accessKeyId: 'AKID_env', secretAccessKey: 'SECRET_env', sessionToken: undefined },
    },
    {
      rule: 'empty strings count as unset',
      input: { call: { apiKey: '' }, instance: { accessKeyId: '', secretAccessKey: '' }, env: { ...envKeysOnly, AWS_BEARER_TOKEN_BEDROCK: '' } },
      expected: { kind: 'sigv4', source: 'environment', accessKeyId: 'AKID_env', secretAccessKey: 'SECRET_env', sessionToken: 'token-env' },
    },
  ])('$rule', async ({ input, expected }) => {
    expect(summary(await resolveAuth(input))).toEqual(expected);
  });

  it('the key store comes after the instance and before the environment', async () => {
    putKey('aws_bedrock', { ...keys('store', 'token-store') });
    expect(summary(await resolveAuth({ instance: { apiKey: 'key-instance' }, env: fullEnv }))).toMatchObject({ source: 'instance' });
    expect(summary(await resolveAuth({ env: fullEnv }))).toEqual({
      kind: 'sigv4',
      source: 'key-store',
      accessKeyId: 'AKID_store',
      secretAccessKey: 'SECRET_store',
      sessionToken: 'token-store',
    });
  });

  it('within the key store, apiKey beats IAM keys', async () => {
    putKey('aws_bedrock', { apiKey: 'key-store', ...keys('store') });
    expect(summary(await resolveAuth({ env: fullEnv }))).toEqual({ kind: 'bearer', source: 'key-store', apiKey: 'key-store' });
  });

  it('key-store keys never take AWS_SESSION_TOKEN from the environment', async () => {
    putKey('aws_bedrock', keys('store'));
    expect(summary(await resolveAuth({ env: envKeysOnly }))).toMatchObject({ source: 'key-store', sessionToken: undefined });
  });

  it('a key store holding only a region gives no credentials: the environment is next', async () => {
    putKey('aws_bedrock', { region: 'eu-west-3' });
    expect(summary(await resolveAuth({ env: envKeysOnly }))).toMatchObject({ source: 'environment' });
  });

  it('reads process.env at call time when env is not given', async () => {
    const env = process.env;
    const saved = { ...env };
    try {
      for (const name of Object.keys(fullEnv)) delete env[name];
      env.AWS_BEARER_TOKEN_BEDROCK = 'key-from-process-1';
      expect(summary(await resolveAuth())).toMatchObject({ source: 'environment', apiKey: 'key-from-process-1' });
      env.AWS_BEARER_TOKEN_BEDROCK = 'key-from-process-2';
      expect(summary(await resolveAuth())).toMatchObject({ apiKey: 'key-from-process-2' });
    } finally {
      for (const name of Object.keys(fullEnv)) delete env[name];
      Object.assign(env, saved);
    }
  });
});

describe('resolveAuth with a credentials provider', () => {
  it('uses the instance provider when the instance has no apiKey or keys, with source "provider"', async () => {
    const provider = async () => ({ accessKeyId: 'AKID_provider', secretAccessKey: 'SECRET_provider', sessionToken: 'token-provider' });
    expect(summary(await resolveAuth({ instance: { credentials: provider }, env: fullEnv }))).toEqual({
      kind: 'sigv4',
      source: 'provider',
      accessKeyId: 'AKID_provider',
      secretAccessKey: 'SECRET_provider',
      sessionToken: 'token-provider',
    });
  });

  it('call credentials beat the instance provider, which is then not called', async () => {
    let calls = 0;
    const provider = async () => {
      calls += 1;
      return { accessKeyId: 'AKID_provider', secretAccessKey: 'SECRET_provider' };
    };
    const auth = await resolveAuth({ call: keys('call'), instance: { credentials: provider }, env: {} });
    expect(summary(auth)).toMatchObject({ source: 'call' });
    expect(calls).toBe(0);
  });

  it('instance apiKey and instance keys beat the instance provider', async () => {
    const provider = async () => ({ accessKeyId: 'AKID_provider', secretAccessKey: 'SECRET_provider' });
    expect(summary(await resolveAuth({ instance: { apiKey: 'key-instance', credentials: provider } }))).toMatchObject({ kind: 'bearer' });
    expect(summary(await resolveAuth({ instance: { ...keys('instance'), credentials: provider } }))).toMatchObject({
      source: 'instance',
      accessKeyId: 'AKID_instance',
    });
  });

  it('the provider beats the key store and the environment, and no env session token is added', async () => {
    putKey('aws_bedrock', { apiKey: 'key-store' });
    const provider = async () => ({ accessKeyId: 'AKID_provider', secretAccessKey: 'SECRET_provider' });
    expect(summary(await resolveAuth({ instance: { credentials: provider }, env: fullEnv }))).toMatchObject({
      source: 'provider',
      sessionToken: undefined,
    });
  });

  it('calls one provider function once across resolutions (cached by identity)', async () => {
    let calls = 0;
    const provider = async () => {
      calls += 1;
      return { accessKeyId: `AKID_${calls}`, secretAccessKey: 'SECRET_provider' };
    };
    const first = await resolveAuth({ instance: { credentials: provider } });
    const second = await resolveAuth({ instance: { credentials: provider } });
    expect(calls).toBe(1);
    expect(summary(second)).toEqual(summary(first));
  });

  it('accepts fixed credentials in place of a provider', async () => {
    const auth = await resolveAuth({ instance: { credentials: { accessKeyId: 'AKID_fixed', secretAccessKey: 'SECRET_fixed' } }, env: fullEnv });
    expect(summary(auth)).toMatchObject({ source: 'instance', accessKeyId: 'AKID_fixed' });
  });
});
