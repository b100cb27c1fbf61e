import { putKey } from '@bedrock-kit/aws-auth';
import { ConfigError, SignatureExpiredError } from '@bedrock-kit/core';
import { emulatorApiKey, emulatorCredentials, emulatorSessionCredentials } from '@bedrock-kit/emulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';

const model = 'amazon.nova-lite-v1:0'; // no family configured: Converse
const context = useEmulator();

afterEach(() => putKey('aws_bedrock', undefined));

const lastRequest = () => context.emulator.requests.at(-1)!;
const call = (options: Parameters<typeof createBedrock>[0] = {}, providerOptions = {}) =>
  createBedrock({ endpoint: context.emulator.url, ...options }).generateText({ model, prompt: 'Hello', providerOptions });

describe('auth on the wire', () => {
  it('sends a Bedrock API key from providerOptions as a bearer token', async () => {
    const result = await call({}, { apiKey: emulatorApiKey });
    expect(result.text).toContain('Hello');
    expect(result.api).toBe('converse');
    expect(lastRequest().headers.authorization).toBe(`Bearer ${emulatorApiKey}`);
    expect(lastRequest().auth).toMatchObject({ ok: true });
    expect(lastRequest().path).toBe(`/model/${encodeURIComponent(model)}/converse`);
  });

  it('reads AWS_BEARER_TOKEN_BEDROCK at call time', async () => {
    const bedrock = createBedrock({ endpoint: context.emulator.url });
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', emulatorApiKey);
    await bedrock.generateText({ model, prompt: 'x' });
    expect(lastRequest().headers.authorization).toBe(`Bearer ${emulatorApiKey}`);
  });

  it('signs with IAM keys from the environment (SigV4, service bedrock)', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', emulatorCredentials.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', emulatorCredentials.secretAccessKey);
    await call();
    const { headers, auth } = lastRequest();
    expect(headers.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${emulatorCredentials.accessKeyId}/\\d{8}/us-east-1/bedrock/aws4_request, SignedHeaders=`),
    );
    expect(headers['x-amz-security-token']).toBeUndefined();
    expect(auth).toMatchObject({ ok: true });
  });

  it('sends AWS_SESSION_TOKEN beside environment keys', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', emulatorSessionCredentials.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', emulatorSessionCredentials.secretAccessKey);
    vi.stubEnv('AWS_SESSION_TOKEN', emulatorSessionCredentials.sessionToken);
    await call();
    expect(lastRequest().headers['x-amz-security-token']).toBe(emulatorSessionCredentials.sessionToken);
    expect(lastRequest().auth).toMatchObject({ ok: true });
  });

  it('never mixes an environment session token into explicit keys', async () => {
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-token-must-not-be-sent');
    await call(emulatorCredentials);
    expect(lastRequest().headers['x-amz-security-token']).toBeUndefined();
    expect(lastRequest().auth).toMatchObject({ ok: true });
  });

  it('uses the putKey store', async () => {
    putKey('aws_bedrock', { ...emulatorSessionCredentials, region: 'us-east-1' });
    await call();
    expect(lastRequest().headers.authorization).toContain(`Credential=${emulatorSessionCredentials.accessKeyId}/`);
    expect(lastRequest().headers['x-amz-security-token']).toBe(emulatorSessionCredentials.sessionToken);
  });

  it('uses IAM keys and a session token from providerOptions', async () => {
    await call({}, { ...emulatorSessionCredentials });
    expect(lastRequest().headers['x-amz-security-token']).toBe(emulatorSessionCredentials.sessionToken);
    expect(lastRequest().auth).toMatchObject({ ok: true });
  });

  it('calls a credentials provider once and caches it until near expiration', async () => {
    let calls = 0;
    const credentials = async () => {
      calls++;
      return { ...emulatorSessionCredentials, expiration: new Date(Date.now() + 3_600_000) };
    };
    const bedrock = createBedrock({ endpoint: context.emulator.url, credentials });
    await Promise.all([bedrock.generateText({ model, prompt: 'a' }), bedrock.generateText({ model, prompt: 'b' })]);
    await bedrock.generateText({ model, prompt: 'c' });
    expect(calls).toBe(1);
    expect(context.emulator.requests.every((r) => r.auth.ok)).toBe(true);
  });

  it('takes the most explicit source whole: providerOptions > createBedrock > putKey > environment', async () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'env-key');
    putKey('aws_bedrock', { accessKeyId: 'AKIDSTORE', secretAccessKey: 'store-secret' });
    await call({ apiKey: 'instance-key' }, { apiKey: emulatorApiKey });
    expect(lastRequest().headers.authorization).toBe(`Bearer ${emulatorApiKey}`);
    await call(emulatorCredentials);
    expect(lastRequest().headers.authorization).toContain(`Credential=${emulatorCredentials.accessKeyId}/`);
    await call().catch(() => {});
    expect(lastRequest().headers.authorization).toContain('Credential=AKIDSTORE/');
    putKey('aws_bedrock', undefined);
    await call().catch(() => {});
    expect(lastRequest().headers.authorization).toBe('Bearer env-key');
  });

  it('prefers an API key over IAM keys within one source', async () => {
    await call({}, { apiKey: emulatorApiKey, ...emulatorCredentials });
    expect(lastRequest().headers.authorization).toBe(`Bearer ${emulatorApiKey}`);
  });

  it('puts the region in the credential scope (and the emulator refuses a mismatch)', async () => {
    const error = await call(emulatorCredentials, { region: 'eu-west-1' }).catch((e: unknown) => e);
    expect(lastRequest().headers.authorization).toContain('/eu-west-1/bedrock/aws4_request');
    expect((error as Error).name).toBe('AuthError');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_DEFAULT_REGION', 'ap-south-1');
    await call(emulatorCredentials);
    expect(lastRequest().headers.authorization).toContain('/us-east-1/bedrock/aws4_request');
  });

  it('reads AWS_ENDPOINT_URL_BEDROCK_RUNTIME before AWS_ENDPOINT_URL', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', context.emulator.url);
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:9');
    await createBedrock().generateText({ model, prompt: 'x', providerOptions: { apiKey: emulatorApiKey } });
    expect(context.emulator.requests).toHaveLength(1);
    vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL', context.emulator.url);
    await createBedrock().generateText({ model, prompt: 'x', providerOptions: { apiKey: emulatorApiKey } });
    expect(context.emulator.requests).toHaveLength(2);
  });

  it('throws ConfigError before any network call when nothing is configured, naming what would work', async () => {
    const error = await call().catch((e: unknown) => e);
    expect(ConfigError.isInstance(error)).toBe(true);
    const message = (error as Error).message;
    for (const hint of ['apiKey', 'AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'putKey']) expect(message).toContain(hint);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('signs at send time; a skewed clock is corrected from the server Date and later calls keep the offset', async () => {
    // Ten hours behind the emulator's clock (a learned offset is bounded to ±24 h), on a whole second.
    let now = Math.floor(context.emulator.clock.now() / 1000) * 1000 - 10 * 3_600_000;
    const serverDates: string[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      serverDates.push(response.headers.get('date')!);
      return response;
    };
    const bedrock = createBedrock({ endpoint: context.emulator.url, now: () => now, fetch, ...emulatorCredentials });
    const result = await bedrock.generateText({ model, prompt: 'x' });
    expect(result.text).toContain('x');
    const [first, second] = context.emulator.requests;
    expect(first!.headers['x-amz-date']).toBe(new Date(now).toISOString().replace(/[-:]|\.\d{3}/g, ''));
    expect(context.emulator.requests).toHaveLength(2); // refused as expired when answering, then re-signed
    const corrected = Date.parse(second!.headers['x-amz-date']!.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, '$1-$2-$3T$4:$5:$6Z'));
    // The local clock stands still on a whole second, so the re-signed time is the refusal's Date exactly
    // (however long the retry took to arrive), and no later than the emulator's clock when it arrived.
    expect(corrected).toBe(Date.parse(serverDates[0]!));
    expect(corrected).toBeLessThanOrEqual(second!.receivedAt);
    now += 61_000;
    await bedrock.generateText({ model, prompt: 'x' });
    expect(context.emulator.requests).toHaveLength(3);
    expect(context.emulator.requests[2]!.auth).toMatchObject({ ok: true });
  });

  it('a server clock more than 24 h from ours is reported, not adopted: SignatureExpiredError naming both times', async () => {
    const local = Math.floor(context.emulator.clock.now() / 1000) * 1000 - 25 * 3_600_000;
    const bedrock = createBedrock({ endpoint: context.emulator.url, now: () => local, ...emulatorCredentials });
    const error = await bedrock.generateText({ model, prompt: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SignatureExpiredError);
    expect((error as Error).message).toContain(new Date(local).toISOString());
    expect((error as Error).message).toMatch(/server's clock reads \d{4}-\d\d-\d\dT/);
    expect(context.emulator.requests).toHaveLength(1); // not re-signed with a wild offset
  });
});
