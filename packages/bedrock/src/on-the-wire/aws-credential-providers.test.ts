import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIni } from '@aws-sdk/credential-providers';
import { ConfigError } from '@bedrock-kit/core';
import { emulatorCredentials, emulatorSessionCredentials, type EmulatorCredential } from '@bedrock-kit/emulator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';

const model = 'amazon.nova-lite-v1:0'; // no family configured: Converse

/** Keys a `fromTemporaryCredentials`-style provider hands out, one set per refresh. */
const rotatedCredentials: Required<EmulatorCredential>[] = [1, 2, 3].map((n) => ({
  accessKeyId: `ASIAROTATED${n}`,
  secretAccessKey: `rotated/Secret+${n}/0123456789abcdefEXAMPLE`,
  sessionToken: `IQoJrotated${n}//session/token/EXAMPLE==`,
}));

const context = useEmulator({
  credentials: [emulatorCredentials, emulatorSessionCredentials, ...rotatedCredentials],
  now: () => Date.now(), // looked up per call, so the emulator follows a faked Date too
});
const requests = () => context.emulator.requests;
const signedKeyIds = () => requests().map((r) => r.auth.accessKeyId);

const temporaryDirectories: string[] = [];
afterEach(() => {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/**
 * Writes shared config files into a fresh directory and points the SDK's variables at them.
 * A fresh path per test also keeps the SDK's per-path file cache from serving a previous test's file.
 */
function useSharedFiles(files: { credentials?: string; config?: string }): void {
  const directory = mkdtempSync(join(tmpdir(), 'bedrock-kit-aws-'));
  temporaryDirectories.push(directory);
  const credentialsFile = join(directory, 'credentials');
  const configFile = join(directory, 'config');
  writeFileSync(credentialsFile, files.credentials ?? '');
  writeFileSync(configFile, files.config ?? '');
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', credentialsFile);
  vi.stubEnv('AWS_CONFIG_FILE', configFile);
}

const sharedCredentials = [
  '[default]',
  'aws_access_key_id = AKIDNOTACCEPTED',
  'aws_secret_access_key = not-accepted-secret',
  '',
  '[emulator]',
  `aws_access_key_id = ${emulatorCredentials.accessKeyId}`,
  `aws_secret_access_key = ${emulatorCredentials.secretAccessKey}`,
  '',
  '[emulator-session]',
  `aws_access_key_id = ${emulatorSessionCredentials.accessKeyId}`,
  `aws_secret_access_key = ${emulatorSessionCredentials.secretAccessKey}`,
  `aws_session_token = ${emulatorSessionCredentials.sessionToken}`,
  '',
].join('\n');

describe('AWS SDK credential providers, unchanged', () => {
  it('fromIni({ profile }) reads the shared credentials file; the emulator verifies the SigV4 signature', async () => {
    useSharedFiles({ credentials: sharedCredentials });
    const bedrock = createBedrock({ endpoint: context.emulator.url, credentials: fromIni({ profile: 'emulator' }) });
    const result = await bedrock.generateText({ model, prompt: 'Hello' });
    expect(result.text).toContain('Hello');
    expect(requests()[0]!.auth).toMatchObject({ ok: true, scheme: 'sigv4', accessKeyId: emulatorCredentials.accessKeyId });
    expect(requests()[0]!.headers['x-amz-security-token']).toBeUndefined();
  });

  it('fromIni() honours AWS_PROFILE, read when the first call resolves credentials, and sends the profile session token', async () => {
    useSharedFiles({ credentials: sharedCredentials });
    const bedrock = createBedrock({ endpoint: context.emulator.url, credentials: fromIni() });
    vi.stubEnv('AWS_PROFILE', 'emulator-session'); // set after createBedrock: nothing is read before a call
    await bedrock.streamText({ model, prompt: 'Hello' }).text;
    const [request] = requests();
    expect(request!.route).toBe('converse-stream');
    expect(request!.auth).toMatchObject({ ok: true, accessKeyId: emulatorSessionCredentials.accessKeyId, sessionToken: true });
    expect(request!.headers['x-amz-security-token']).toBe(emulatorSessionCredentials.sessionToken);
  });

  it('fromIni() without AWS_PROFILE uses [default] (here keys the emulator refuses: AuthError)', async () => {
    useSharedFiles({ credentials: sharedCredentials });
    const bedrock = createBedrock({ endpoint: context.emulator.url, credentials: fromIni(), maxRetries: 0 });
    const error = await bedrock.generateText({ model, prompt: 'x' }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AuthError');
    expect(requests()[0]!.headers.authorization).toContain('Credential=AKIDNOTACCEPTED/');
  });

  it('fromIni() reads a profile from the config file ([profile name] section) too', async () => {
    useSharedFiles({
      config: [
        '[profile from-config]',
        'region = us-east-1',
        `aws_access_key_id = ${emulatorSessionCredentials.accessKeyId}`,
        `aws_secret_access_key = ${emulatorSessionCredentials.secretAccessKey}`,
        `aws_session_token = ${emulatorSessionCredentials.sessionToken}`,
      ].join('\n'),
    });
    vi.stubEnv('AWS_PROFILE', 'from-config');
    await createBedrock({ endpoint: context.emulator.url, credentials: fromIni() }).generateText({ model, prompt: 'x' });
    expect(requests()[0]!.auth).toMatchObject({ ok: true, accessKeyId: emulatorSessionCredentials.accessKeyId, sessionToken: true });
  });

  it('a missing profile is a ConfigError before any request, carrying the SDK error as cause and no secret', async () => {
    useSharedFiles({ credentials: sharedCredentials });
    vi.stubEnv('AWS_PROFILE', 'no-such-profile');
    const error = await createBedrock({ endpoint: context.emulator.url, credentials: fromIni() })
      .generateText({ model, prompt: 'x' })
      .catch((e: unknown) => e);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^The credentials provider failed: .*no-such-profile/);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(JSON.stringify(error) + String(error)).not.toContain(emulatorCredentials.secretAccessKey);
    expect(requests()).toHaveLength(0);
  });

  it('explicit providerOptions keys still beat the credentials provider (most explicit source wins, whole)', async () => {
    useSharedFiles({ credentials: sharedCredentials });
    let calls = 0;
    const profile = fromIni({ profile: 'emulator-session' });
    const credentials = () => {
      calls++;
      return profile();
    };
    await createBedrock({ endpoint: context.emulator.url, credentials }).generateText({
      model,
      prompt: 'x',
      providerOptions: { ...emulatorCredentials },
    });
    expect(calls).toBe(0);
    expect(requests()[0]!.auth).toMatchObject({ ok: true, accessKeyId: emulatorCredentials.accessKeyId });
    expect(requests()[0]!.headers['x-amz-security-token']).toBeUndefined();
  });
});

describe('temporary credentials with expiration (fromTemporaryCredentials-style provider)', () => {
  const lifetimeMs = 15 * 60_000;

  /** A local provider like `fromTemporaryCredentials`: new STS keys per call, valid for 15 minutes. */
  function createTemporaryProvider() {
    const provider = {
      calls: 0,
      fail: false,
      credentials: async () => {
        if (provider.fail) throw new Error('STS is unreachable');
        const keys = rotatedCredentials[provider.calls++]!;
        return { ...keys, expiration: new Date(Date.now() + lifetimeMs) };
      },
    };
    return provider;
  }

  // Only `Date` is faked (sockets and timers stay real) and it stands still unless moved, so the
  // provider, the credential cache, the signer and the emulator's signature window share one exact clock.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 4, 1, 12));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

  function createClockedBedrock() {
    const provider = createTemporaryProvider();
    const bedrock = createBedrock({ endpoint: context.emulator.url, credentials: provider.credentials });
    const calls = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => bedrock.generateText({ model, prompt: `call ${i}` })));
    return { provider, bedrock, calls };
  }

  it('calls the provider once for many concurrent calls, and caches until 5 minutes before expiration', async () => {
    const { provider, calls } = createClockedBedrock();
    await calls(8);
    expect(provider.calls).toBe(1);
    advance(lifetimeMs - 5 * 60_000 - 1); // 1 ms before the refresh point
    await calls(2);
    expect(provider.calls).toBe(1);
    expect(new Set(signedKeyIds())).toEqual(new Set([rotatedCredentials[0]!.accessKeyId]));
    expect(requests().every((r) => r.auth.ok && r.auth.sessionToken)).toBe(true);
  });

  it('refreshes at 5 minutes before expiration, once for concurrent calls, and signs with the new keys', async () => {
    const { provider, calls } = createClockedBedrock();
    await calls(1);
    advance(lifetimeMs - 5 * 60_000); // exactly at the refresh point
    await calls(6);
    expect(provider.calls).toBe(2);
    expect(signedKeyIds()).toEqual([rotatedCredentials[0]!.accessKeyId, ...Array(6).fill(rotatedCredentials[1]!.accessKeyId)]);
    expect(requests().slice(1).every((r) => r.headers['x-amz-security-token'] === rotatedCredentials[1]!.sessionToken)).toBe(true);
    advance(lifetimeMs - 5 * 60_000);
    await calls(3);
    expect(provider.calls).toBe(3);
    expect(requests().every((r) => r.auth.ok)).toBe(true);
  });

  it('re-resolves credentials before a retry: a retry after the refresh point is signed with refreshed keys', async () => {
    const { provider, bedrock, calls } = createClockedBedrock();
    await calls(1);
    advance(lifetimeMs - 5 * 60_000 - 1_000);
    context.emulator.enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 } });
    // The throttled attempt is signed 1 s before the refresh point; while it is in flight the credentials reach it.
    const stop = context.emulator.onRequest((request) => {
      if (request.number === 2) advance(1_000);
    });
    const result = await bedrock.generateText({ model, prompt: 'retried' }).finally(stop);
    expect(result.text).toContain('retried');
    expect(provider.calls).toBe(2);
    expect(signedKeyIds()).toEqual([0, 0, 1].map((n) => rotatedCredentials[n]!.accessKeyId));
    expect(requests().every((r) => r.auth.ok)).toBe(true);
  });

  it('a failed refresh is a ConfigError and is not cached: the next call asks the provider again', async () => {
    const { provider, calls } = createClockedBedrock();
    await calls(1);
    advance(lifetimeMs);
    provider.fail = true;
    const error = await calls(3).catch((e: unknown) => e);
    expect(ConfigError.isInstance(error)).toBe(true);
    // One cache (the facade's, on its injected clock): the failure is reported once.
    expect((error as Error).message).toBe('The credentials provider failed: STS is unreachable');
    expect(requests()).toHaveLength(1);
    provider.fail = false;
    await calls(1);
    expect(provider.calls).toBe(2);
    expect(signedKeyIds().at(-1)).toBe(rotatedCredentials[1]!.accessKeyId);
  });
});
