import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { anthropic } from '@bedrock-kit/anthropic';
import { getKey, putKey, resolveAuth } from '@bedrock-kit/aws-auth';
import { BedrockError } from '@bedrock-kit/core';
import type { Script } from '@bedrock-kit/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BedrockOptions } from '../client/bedrock-options';
import { runCli } from '../cli/run-cli';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';
import { drain, failure } from './fault-matrix.test-support';
import { useManualTimers } from './manual-timers.test-support';
import { createFixtureFetch } from '../fixtures/create-fixture-fetch';

/**
 * Canary credentials go down every error path; none of the canaries, nor any
 * signature computed from them, may show in an error (message, stack,
 * String, inspect to depth 10, JSON), in anything written to stdout / stderr
 * or the console, in a recorded fixture file, or in a resolved credentials object.
 */

const canary = {
  accessKeyId: 'AKIACANARY0000000001',
  secretAccessKey: 'canary-secret-Zq8sWm2LxP4vRt7YbN3kHd6JfG9cEa1U',
  sessionToken: 'canary-token-IQoJb3JpZ2luX2VjCANARYSESSIONTOKEN0001',
  apiKey: 'canary-api-key-4f1c9e7a2b6d8035CANARY',
};
/** Secrets the client is given although the emulator refuses them: they must not leak either. */
const wrong = {
  secretAccessKey: 'canary-secret-WRONG-Hy5tNq8vBk3mXc7ZrL2pDs9gFw4e',
  sessionToken: 'canary-token-WRONG-IQoJb3JpZ2luX2VjWRONGTOKEN0002',
  apiKey: 'canary-api-key-WRONG-7d3b9f1e5c2a8064',
};
const secrets = [...Object.entries(canary).filter(([name]) => name !== 'accessKeyId'), ...Object.entries(wrong)].map(([, value]) => value);

const model = 'amazon.nova-lite-v1:0';
const claude = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const context = useEmulator({ credentials: [canary], apiKeys: [canary.apiKey] });
const emulator = () => context.emulator;
// Stream timeouts fire only when a test moves this clock: a slow machine cannot turn a path into a TimeoutError.
const timers = useManualTimers();

/**
 * Settles as `work` does, moving the manual clock past each retry backoff it waits (the CLI's jitter is
 * random, so its length is unknown in advance; a 5xx backoff is at most 200 ms here, the 60 s stream
 * timeouts are never reached).
 */
async function runOutBackoff<T>(work: Promise<T>): Promise<T> {
  const done = work.then(
    () => undefined,
    () => undefined,
  );
  for (;;) {
    const ms = await Promise.race([timers.armedUpTo(1_000), done]);
    if (ms === undefined) return work;
    timers.advance(ms);
  }
}

/** Every signature the emulator received in this file. */
const signatures = new Set<string>();
let written = '';
let fixtureDirectory: string;
beforeAll(async () => {
  fixtureDirectory = await mkdtemp(join(tmpdir(), 'bedrock-kit-canary-'));
  emulator().onRequest((request) => {
    const signature = /Signature=([0-9a-f]+)/.exec(request.headers.authorization ?? '')?.[1];
    if (signature) signatures.add(signature);
  });
});
afterAll(async () => {
  await rm(fixtureDirectory, { recursive: true, force: true });
});
beforeEach(() => {
  const record = (...chunks: unknown[]) => {
    written += chunks.map((chunk) => (typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : inspect(chunk))).join(' ');
  };
  // Captured, not passed on: the test logs every error on purpose, and the output is checked here.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown) => {
      record(chunk);
      return true;
    }) as typeof stream.write);
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => record(...args));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  putKey('aws_bedrock', undefined);
});

/** The secrets, and every signature seen so far. */
const forbidden = () => [...secrets, ...signatures];

function expectNoSecretIn(text: string, where: string): void {
  for (const secret of forbidden()) {
    expect(text.includes(secret), `${where} shows a secret (${secret.slice(0, 18)}…)`).toBe(false);
  }
}

/** Every way an error is commonly printed or logged. */
function expectCleanError(error: unknown, label: string): void {
  expect(BedrockError.isInstance(error), `${label}: a typed error`).toBe(true);
  const value = error as BedrockError;
  expectNoSecretIn(value.message, `${label} message`);
  expectNoSecretIn(value.stack ?? '', `${label} stack`);
  expectNoSecretIn(String(value), `${label} String()`);
  expectNoSecretIn(inspect(value, { depth: 10 }), `${label} inspect`);
  expectNoSecretIn(inspect(value, { depth: 10, showHidden: true }), `${label} inspect (showHidden)`);
  expectNoSecretIn(JSON.stringify(value), `${label} JSON`);
  // Logging it must not leak either (what a user's catch block does).
  console.error(value);
  console.log('failed:', value);
}

const sigv4 = { accessKeyId: canary.accessKeyId, secretAccessKey: canary.secretAccessKey, sessionToken: canary.sessionToken };

interface ErrorPath {
  name: string;
  options?: BedrockOptions;
  scripts?: Script[];
  stream?: boolean;
  request?: Record<string, unknown>;
  errorName: string;
}

const paths: ErrorPath[] = [
  { name: 'bad API key', options: { apiKey: wrong.apiKey }, errorName: 'AuthError' },
  { name: 'bad API key, streaming', options: { apiKey: wrong.apiKey }, stream: true, errorName: 'AuthError' },
  { name: 'bad secret key (signature mismatch)', options: { ...sigv4, secretAccessKey: wrong.secretAccessKey }, errorName: 'AuthError' },
  { name: 'bad session token', options: { ...sigv4, sessionToken: wrong.sessionToken }, errorName: 'AuthError' },
  { name: 'expired signature', options: sigv4, scripts: [{ advanceClockMs: 6 * 60_000 }], errorName: 'SignatureExpiredError' },
  { name: 'expired signature, streaming', options: sigv4, scripts: [{ advanceClockMs: 6 * 60_000 }], stream: true, errorName: 'SignatureExpiredError' },
  { name: '5xx after retries', options: sigv4, scripts: [{ error: { type: 'InternalServerException', status: 500 }, times: 3 }], errorName: 'ServiceError' },
  { name: '429 after retries, streaming', options: sigv4, scripts: [{ error: { type: 'ThrottlingException' }, times: 3 }], stream: true, errorName: 'ThrottlingError' },
  { name: 'stream reset mid-stream', options: sigv4, scripts: [{ resetAfterEvents: 3 }], stream: true, errorName: 'StreamError' },
  { name: 'connection reset (non-streaming)', options: sigv4, scripts: [{ resetAfterEvents: 0, times: 3 }], errorName: 'ServiceError' },
  {
    name: 'in-stream exception after output',
    options: sigv4,
    scripts: [{ exceptionAfterEvents: { afterEvents: 3, type: 'modelStreamErrorException' } }],
    stream: true,
    errorName: 'StreamError',
  },
  { name: 'service ValidationException', options: { apiKey: canary.apiKey }, scripts: [{ error: { type: 'ValidationException' } }], errorName: 'ValidationError' },
  { name: 'invalid input (empty messages)', options: sigv4, request: { messages: [] }, errorName: 'InputError' },
  { name: 'invalid input (toolChoice names no tool)', options: { apiKey: canary.apiKey }, request: { model: claude, tools: { t: { inputSchema: { type: 'object' } } }, toolChoice: { tool: 'nope' } }, errorName: 'InputError' },
  { name: 'config error: secret and token without an access key ID', options: { secretAccessKey: canary.secretAccessKey, sessionToken: canary.sessionToken }, errorName: 'ConfigError' },
  { name: 'config error: a provider returning incomplete credentials', options: { credentials: async () => ({ accessKeyId: '', secretAccessKey: canary.secretAccessKey, sessionToken: canary.sessionToken }) }, errorName: 'ConfigError' },
  { name: 'abort', options: sigv4, request: { abortSignal: AbortSignal.abort(new Error(`aborted near ${'x'}`)) }, errorName: 'AbortError' },
  // Issue 16's new error paths.
  { name: 'redirect (not followed)', options: sigv4, scripts: [{ redirect: { location: 'https://elsewhere.example/collect' } }], errorName: 'ServiceError' },
  { name: 'redirect on a stream', options: { apiKey: canary.apiKey }, scripts: [{ redirect: { location: 'https://elsewhere.example/', status: 302 } }], stream: true, errorName: 'ServiceError' },
  { name: 'gzip bomb past the body limit', options: sigv4, scripts: [{ gzipBomb: { inflatedBytes: 80 * 2 ** 20 } }], errorName: 'ServiceError' },
  { name: 'huge error body, message cut', options: sigv4, scripts: [{ largeError: { bytes: 2 ** 20, status: 400, type: 'ValidationException' } }], errorName: 'ValidationError' },
  { name: 'a 200 that is not JSON', options: sigv4, scripts: [{ truncateBody: 12 }], errorName: 'ServiceError' },
  { name: 'stream cut before its stop event', options: sigv4, scripts: [{ endAfterEvents: 'before-stop' }], stream: true, errorName: 'StreamError' },
  { name: 'frame over 16 MiB', options: sigv4, scripts: [{ oversizedFrame: { declaredBytes: 20 * 2 ** 20 } }], stream: true, errorName: 'ServiceError' },
  { name: 'server clock over 24 h off', options: { ...sigv4, now: () => emulator().clock.now() - 25 * 3_600_000 }, errorName: 'SignatureExpiredError' },
  { name: 'config error: a session token with CR/LF', options: sigv4, request: { providerOptions: { ...sigv4, sessionToken: `${canary.sessionToken}\r\nx: y` } }, errorName: 'ConfigError' },
  { name: 'config error: an API key with NUL', options: { apiKey: `${canary.apiKey}\u0000` }, errorName: 'ConfigError' },
  { name: 'invalid input (temperature: Infinity)', options: sigv4, request: { temperature: Infinity }, errorName: 'InputError' },
  { name: 'invalid input (model ID ..)', options: sigv4, request: { model: '..' }, errorName: 'InputError' },
  // A refusal's text is loaded on use (decision 0026): a secret in the wrong field is named by type, never quoted.
  { name: 'invalid input (a secret where maxTokens goes)', options: sigv4, request: { maxTokens: canary.secretAccessKey }, errorName: 'InputError' },
];

describe.each([
  { fetchName: 'the default fetch', record: false },
  { fetchName: 'a recording fixture fetch', record: true },
])('secrets canary through $fetchName', ({ record }) => {
  it.each(paths)('$name → $errorName shows no secret', async ({ name, options, scripts, stream, request, errorName }) => {
    if (scripts) emulator().enqueue(...scripts);
    const fetch = record ? { fetch: createFixtureFetch({ mode: 'record', directory: fixtureDirectory, secrets: [wrong.apiKey, wrong.secretAccessKey, wrong.sessionToken] }) } : {};
    const bedrock = createBedrock({
      families: [anthropic],
      endpoint: emulator().url,
      now: () => emulator().clock.now(),
      random: () => 0,
      timeout: { idleMs: 2_000 },
      ...fetch,
      ...options,
    });
    // One prompt per path: fixture files are named after the request body.
    const call = { model, prompt: `canary: ${name}`, ...request } as Parameters<typeof bedrock.generateText>[0];
    const error = stream ? (await drain(bedrock.streamText(call))).error : await failure(bedrock.generateText(call));
    expect(error?.name).toBe(errorName);
    expectCleanError(error, errorName);
    if (error && 'partial' in error && error.partial) expectNoSecretIn(JSON.stringify(error.partial), 'partial');
    expectNoSecretIn(written, 'stdout / stderr / console');
  });
});

describe('secrets canary: the rest', () => {
  it('TimeoutError with partial after a stall', async () => {
    const gate = emulator().gate();
    emulator().enqueue({ holdAfterEvents: { afterEvents: 3, gate } });
    const bedrock = createBedrock({ endpoint: emulator().url, ...sigv4, timeout: { idleMs: 100 } });
    const drained = drain(bedrock.streamText({ model, prompt: 'canary' }));
    await timers.armed(100); // the first frame arrived: the idle wait has begun
    timers.advance(100);
    const { error } = await drained;
    expect(error?.name).toBe('TimeoutError');
    expectCleanError(error, 'TimeoutError');
    gate.release();
  });

  it('options refused by createBedrock (an endpoint holding a password, a bad timeout) and an env endpoint: ConfigError without a secret', async () => {
    const endpoint = `https://${canary.accessKeyId}:${canary.secretAccessKey}@bedrock-runtime.us-east-1.amazonaws.com`;
    for (const options of [{ endpoint }, { timeout: { totalMs: Infinity } }, { headers: { 'x-token': `${canary.sessionToken}\n` } }]) {
      let error: unknown;
      try {
        createBedrock({ ...sigv4, ...options });
      } catch (caught) {
        error = caught;
      }
      expect((error as Error)?.name).toBe('ConfigError');
      expectCleanError(error, 'createBedrock ConfigError');
    }
    vi.stubEnv('AWS_ENDPOINT_URL', endpoint);
    expectCleanError(await failure(createBedrock(sigv4).generateText({ model, prompt: 'env endpoint' })), 'env endpoint ConfigError');
    expectNoSecretIn(written, 'stdout / stderr / console');
  });

  it('credentials from the environment and the key store: errors stay clean', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', canary.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', wrong.secretAccessKey);
    vi.stubEnv('AWS_SESSION_TOKEN', canary.sessionToken);
    expectCleanError(await failure(createBedrock({ endpoint: emulator().url }).generateText({ model, prompt: 'env' })), 'env AuthError');
    putKey('aws_bedrock', { ...sigv4, secretAccessKey: wrong.secretAccessKey, apiKey: wrong.apiKey });
    expectCleanError(await failure(createBedrock({ endpoint: emulator().url }).generateText({ model, prompt: 'store' })), 'key store AuthError');
    expectNoSecretIn(written, 'stdout / stderr / console');
  });

  it('resolved credentials and the key store print redacted', async () => {
    const env = {};
    const resolved = [
      await resolveAuth({ call: { apiKey: canary.apiKey }, instance: {}, env }),
      await resolveAuth({ call: sigv4, instance: {}, env }),
      await resolveAuth({ call: {}, instance: { credentials: async () => sigv4 }, env }),
    ];
    putKey('aws_bedrock', { ...sigv4, apiKey: canary.apiKey });
    for (const value of [...resolved, getKey('aws_bedrock')]) {
      expectNoSecretIn(inspect(value, { depth: 10 }), 'inspect(credentials)');
      expectNoSecretIn(JSON.stringify(value), 'JSON(credentials)');
      expectNoSecretIn(String(value), 'String(credentials)');
      expectNoSecretIn(`${JSON.stringify({ ...value })}`, 'spread credentials');
    }
    // Still usable: the secrets are there to be read by name.
    expect(resolved[0]).toMatchObject({ kind: 'bearer' });
    expect((resolved[0] as { apiKey: string }).apiKey).toBe(canary.apiKey);
  });

  it('the command line prints errors without secrets', async () => {
    emulator().enqueue({ error: { type: 'InternalServerException', status: 500 }, times: 3 });
    const env = {
      AWS_ACCESS_KEY_ID: canary.accessKeyId,
      AWS_SECRET_ACCESS_KEY: canary.secretAccessKey,
      AWS_SESSION_TOKEN: canary.sessionToken,
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator().url,
    };
    expect(await runOutBackoff(runCli(['--model', model, 'canary'], { stdout: process.stdout, stderr: process.stderr, env }))).toBe(1);
    expect(await runOutBackoff(runCli(['--model', model, 'canary'], { stdout: process.stdout, stderr: process.stderr, env: { ...env, AWS_BEARER_TOKEN_BEDROCK: wrong.apiKey } }))).toBe(1);
    expect(written).toMatch(/error: (ServiceError|AuthError)/);
    expectNoSecretIn(written, 'CLI output');
  });

  it('recorded fixture files hold no secret and no signature (after every path above)', async () => {
    const names = await readdir(fixtureDirectory);
    expect(names.length).toBeGreaterThan(5);
    const text = (await Promise.all(names.map((name) => readFile(join(fixtureDirectory, name), 'utf8')))).join('\n');
    expect(signatures.size).toBeGreaterThan(10);
    expectNoSecretIn(text, 'fixture files');
    expect(text).toContain('[REDACTED]');
  });
});
