import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from './aws-credentials';
import { createCredentialsCache } from './create-credentials-cache';

const MINUTE = 60_000;

/** A provider that counts calls and hands out numbered credentials expiring at `expiresAt(n)`. */
function countingProvider(expiresAt?: (call: number) => number) {
  const state = { calls: 0 };
  const provider = async (): Promise<AwsCredentials> => {
    state.calls += 1;
    const call = state.calls;
    return {
      accessKeyId: `AKID_${call}`,
      secretAccessKey: `SECRET_${call}`,
      ...(expiresAt === undefined ? {} : { expiration: new Date(expiresAt(call)) }),
    };
  };
  return { provider, state };
}

describe('createCredentialsCache', () => {
  it('caches forever when the credentials have no expiration', async () => {
    let now = 0;
    const { provider, state } = countingProvider();
    const get = createCredentialsCache(provider, { now: () => now });
    expect((await get()).accessKeyId).toBe('AKID_1');
    now = 365 * 24 * 60 * MINUTE;
    expect((await get()).accessKeyId).toBe('AKID_1');
    expect(state.calls).toBe(1);
  });

  it('reuses credentials until 5 minutes before expiration, then refreshes', async () => {
    let now = 0;
    const { provider, state } = countingProvider(() => now + 60 * MINUTE);
    const get = createCredentialsCache(provider, { now: () => now });
    expect((await get()).accessKeyId).toBe('AKID_1');
    now = 55 * MINUTE - 1; // 5 min + 1 ms before expiry: still fresh
    expect((await get()).accessKeyId).toBe('AKID_1');
    now = 55 * MINUTE; // exactly 5 min before expiry: refresh
    expect((await get()).accessKeyId).toBe('AKID_2');
    expect(state.calls).toBe(2);
  });

  it('shares one in-flight refresh among concurrent callers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const get = createCredentialsCache(async () => {
      calls += 1;
      await gate;
      return { accessKeyId: `AKID_${calls}`, secretAccessKey: 'SECRET' };
    });
    const pending = Array.from({ length: 25 }, () => get());
    release();
    const results = await Promise.all(pending);
    expect(calls).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('shares one refresh when cached credentials reach the refresh window', async () => {
    let now = 0;
    let release!: () => void;
    let gate: Promise<void> = Promise.resolve();
    let calls = 0;
    const get = createCredentialsCache(
      async () => {
        calls += 1;
        await gate;
        return { accessKeyId: `AKID_${calls}`, secretAccessKey: 'SECRET', expiration: new Date(now + 10 * MINUTE) };
      },
      { now: () => now },
    );
    await get();
    now = 6 * MINUTE;
    gate = new Promise<void>((resolve) => (release = resolve));
    const pending = [get(), get(), get()];
    release();
    expect((await Promise.all(pending)).map((c) => c.accessKeyId)).toEqual(['AKID_2', 'AKID_2', 'AKID_2']);
    expect(calls).toBe(2);
  });

  it('turns a rejecting provider into a ConfigError with the cause, and retries on the next call', async () => {
    const failure = new Error('The SSO session associated with this profile has expired');
    let calls = 0;
    const get = createCredentialsCache(async () => {
      calls += 1;
      if (calls === 1) throw failure;
      return { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
    });
    const error = await get().catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(`The credentials provider failed: ${failure.message}`);
    expect((error as Error).cause).toBe(failure);
    expect((await get()).accessKeyId).toBe('AKID');
  });

  it('turns a synchronously throwing provider (or a thrown string) into a ConfigError', async () => {
    const get = createCredentialsCache(() => {
      throw 'no profile';
    });
    await expect(get()).rejects.toThrow('The credentials provider failed: no profile');
  });

  it.each([
    { name: 'undefined', value: undefined, problem: 'is undefined, not an object' },
    { name: 'no secret', value: { accessKeyId: 'AKID' }, problem: 'has no secretAccessKey' },
    { name: 'empty access key', value: { accessKeyId: '', secretAccessKey: 'CANARY' }, problem: 'has no accessKeyId' },
    { name: 'bad token', value: { accessKeyId: 'A', secretAccessKey: 'CANARY', sessionToken: 5 }, problem: 'sessionToken that is not a string' },
    { name: 'bad expiration', value: { accessKeyId: 'A', secretAccessKey: 'CANARY', expiration: 'soon' }, problem: 'expiration that is not a valid date' },
  ])('rejects a malformed result ($name) with a ConfigError that does not quote it', async ({ value, problem }) => {
    const get = createCredentialsCache(async () => value as never);
    const error = await get().catch((caught: unknown) => caught);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('The credentials provider failed');
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).not.toContain('CANARY');
  });

  it('accepts an AWS SDK provider result unchanged (extra fields, Date expiration) and copies it', async () => {
    const expiration = new Date(Date.now() + 60 * MINUTE);
    const sdkResult = {
      accessKeyId: 'AKID',
      secretAccessKey: 'SECRET',
      sessionToken: 'TOKEN',
      expiration,
      credentialScope: 'us-east-1',
      accountId: '123456789012',
      $source: { CREDENTIALS_SSO: 's' },
    };
    const credentials = await createCredentialsCache(async () => sdkResult)();
    expect(credentials.accessKeyId).toBe('AKID');
    expect(credentials.secretAccessKey).toBe('SECRET');
    expect(credentials.sessionToken).toBe('TOKEN');
    expect(credentials.expiration?.getTime()).toBe(expiration.getTime());
    expect(credentials).not.toBe(sdkResult);
  });

  it('accepts an ISO-string expiration', async () => {
    const credentials = await createCredentialsCache(async () => ({ accessKeyId: 'A', secretAccessKey: 'S', expiration: '2030-01-01T00:00:00Z' }) as never)();
    expect(credentials.expiration?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('refuses a provider that is not a function', () => {
    expect(() => createCredentialsCache({ accessKeyId: 'A' } as never)).toThrow(/must be a function/);
  });
});

describe('a cache passed where a provider is expected', () => {
  it('is used as it is by resolveAuth: its own clock decides, and a failure is reported once', async () => {
    const { resolveAuth } = await import('./resolve-auth');
    const { createCredentialsCache, isCredentialsCache } = await import('./create-credentials-cache');
    let now = 0;
    let calls = 0;
    const provider = async () => {
      calls++;
      if (calls === 3) throw new Error('STS is unreachable');
      return { accessKeyId: `AKID${calls}`, secretAccessKey: 's', expiration: new Date(10 * 60_000) };
    };
    const cache = createCredentialsCache(provider, { now: () => now });
    expect(isCredentialsCache(cache)).toBe(true);
    expect(isCredentialsCache(provider)).toBe(false);
    const first = await resolveAuth({ instance: { credentials: cache }, env: {} });
    expect(first.kind === 'sigv4' && first.credentials.accessKeyId).toBe('AKID1');
    now = 5 * 60_000; // exactly 5 minutes before expiration: the injected clock says refresh
    const second = await resolveAuth({ instance: { credentials: cache }, env: {} });
    expect(second.kind === 'sigv4' && second.credentials.accessKeyId).toBe('AKID2');
    now = 10 * 60_000;
    const error = await resolveAuth({ instance: { credentials: cache }, env: {} }).catch((e: Error) => e);
    expect((error as Error).message).toBe('The credentials provider failed: STS is unreachable');
  });
});
