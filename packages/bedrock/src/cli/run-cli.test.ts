import { emulatorApiKey, emulatorSessionCredentials, startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureCliIo } from './capture-cli-io.test-support';
import { defaultCliModel } from './cli-usage';
import { runCli } from './run-cli';
import { cliJsonKeys } from './to-cli-json';

let emulator: Emulator;
let bearerEnv: Record<string, string>;
beforeAll(async () => {
  emulator = await startEmulator();
  bearerEnv = { AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url };
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  // The facade falls back to process.env for what the CLI's env lacks: keep a developer's real AWS settings out.
  for (const name of ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME']) {
    vi.stubEnv(name, undefined);
  }
  return () => vi.unstubAllEnvs();
});

describe('bedrock-kit "prompt"', () => {
  it('prints the answer to stdout, calling the default model with the API key from the environment', async () => {
    const capture = captureCliIo(bearerEnv);
    expect(await runCli(['Hello', 'there'], capture.io)).toBe(0);
    expect(capture.stdout).toBe('Hello from the bedrock-kit emulator. You said: Hello there\n');
    expect(capture.stderr).toBe('');
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]).toMatchObject({ modelId: defaultCliModel, route: 'invoke', auth: { ok: true, scheme: 'bearer' } });
  });

  it('reads the prompt from a piped stdin', async () => {
    const capture = captureCliIo(bearerEnv, 'Grüße aus der Pipe\n');
    expect(await runCli([], capture.io)).toBe(0);
    expect(capture.stdout).toBe('Hello from the bedrock-kit emulator. You said: Grüße aus der Pipe\n');
  });

  it('a prompt argument and a piped stdin combine: the argument, a blank line, then stdin', async () => {
    const capture = captureCliIo(bearerEnv, 'diff --git a/x b/x\n+added line\n');
    expect(await runCli(['Review', 'this diff'], capture.io)).toBe(0);
    expect(capture.stdout).toBe('Hello from the bedrock-kit emulator. You said: Review this diff\n\ndiff --git a/x b/x\n+added line\n');
  });

  it('sends --system and --max-tokens, and --model picks the family', async () => {
    const capture = captureCliIo(bearerEnv);
    const argv = ['--model', 'us.meta.llama3-2-3b-instruct-v1:0', '--system', 'Answer in one word', '--max-tokens', '77', 'Hi'];
    expect(await runCli(argv, capture.io)).toBe(0);
    const request = emulator.requests[0]!;
    expect(request.modelId).toBe('us.meta.llama3-2-3b-instruct-v1:0');
    expect(request.body).toMatchObject({ max_gen_len: 77 });
    expect(request.bodyText).toContain('Answer in one word');
  });

  it('signs with IAM keys and the session token from the environment, in --region', async () => {
    const regional = await startEmulator({ region: 'eu-central-1' });
    try {
      const capture = captureCliIo({
        AWS_ACCESS_KEY_ID: emulatorSessionCredentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: emulatorSessionCredentials.secretAccessKey,
        AWS_SESSION_TOKEN: emulatorSessionCredentials.sessionToken,
        AWS_REGION: 'us-east-1',
      });
      expect(await runCli(['--region', 'eu-central-1', '--endpoint', regional.url, 'Hi'], capture.io)).toBe(0);
      expect(regional.requests[0]!.auth).toMatchObject({ ok: true, scheme: 'sigv4', region: 'eu-central-1', sessionToken: true });
    } finally {
      await regional.close();
    }
  });
});

describe('--json', () => {
  it('prints the GenerateTextResult as JSON', async () => {
    const capture = captureCliIo(bearerEnv);
    expect(await runCli(['--json', 'Hi'], capture.io)).toBe(0);
    const result = JSON.parse(capture.stdout);
    expect(result).toMatchObject({
      text: 'Hello from the bedrock-kit emulator. You said: Hi',
      finishReason: 'stop',
      api: 'invoke',
      requestId: emulator.requests[0]!.requestId,
      usage: { inputTokens: expect.any(Number), outputTokens: expect.any(Number) },
    });
    expect(result.steps).toHaveLength(1);
  });

  it('prints exactly the documented keys, in their documented order, null where the call has no value (stable for scripts)', async () => {
    const capture = captureCliIo(bearerEnv);
    expect(await runCli(['--json', 'Hi'], capture.io)).toBe(0);
    const result = JSON.parse(capture.stdout);
    const documented = ['text', 'finishReason', 'usage', 'toolCalls', 'toolResults', 'reasoning', 'citations', 'warnings', 'api', 'requestId', 'providerMetadata', 'content', 'steps', 'response'];
    expect(Object.keys(result)).toEqual(documented);
    expect([...cliJsonKeys]).toEqual(documented);
    expect(result.citations).toBeNull();
    expect(Object.keys(result.usage)).toEqual(expect.arrayContaining(['inputTokens', 'outputTokens', 'totalTokens']));
    const stream = captureCliIo(bearerEnv);
    expect(await runCli(['--json', '--stream', 'Hi'], stream.io)).toBe(0);
    expect(Object.keys(JSON.parse(stream.stdout.trimEnd().split('\n').at(-1)!).result)).toEqual(documented);
  });

  it('with --stream prints one JSON event per line, then the result', async () => {
    const capture = captureCliIo(bearerEnv);
    expect(await runCli(['--stream', '--json', 'Hi'], capture.io)).toBe(0);
    const lines = capture.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    const deltas = lines.filter((line) => line.type === 'text-delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((d) => d.text).join('')).toBe('Hello from the bedrock-kit emulator. You said: Hi');
    expect(lines.at(-2)).toMatchObject({ type: 'finish', finishReason: 'stop' });
    expect(lines.at(-1)).toMatchObject({ type: 'result', result: { text: 'Hello from the bedrock-kit emulator. You said: Hi' } });
    expect(emulator.requests[0]!.route).toBe('invoke-with-response-stream');
  });
});

describe('--stream', () => {
  it('prints text as it arrives, before the stream has ended', async () => {
    const gate = emulator.gate();
    emulator.enqueue({ holdAfterEvents: { afterEvents: 4, gate } });
    const capture = captureCliIo(bearerEnv);
    const exit = runCli(['--stream', 'one two three'], capture.io);
    await gate.reached;
    const early = await capture.waitForStdout((text) => text.length > 0);
    expect('Hello from the bedrock-kit emulator. You said: one two three').toContain(early);
    expect(early).not.toContain('three');
    gate.release();
    expect(await exit).toBe(0);
    expect(capture.stdout).toBe('Hello from the bedrock-kit emulator. You said: one two three\n');
  });

  it('ends the partial line and exits 1 with the StreamError when the stream fails after output', async () => {
    emulator.enqueue({ exceptionAfterEvents: { afterEvents: 5, type: 'modelStreamErrorException' } });
    const capture = captureCliIo(bearerEnv);
    expect(await runCli(['--stream', 'Hi'], capture.io)).toBe(1);
    expect(capture.stdout).toMatch(/^Hello.*\n$/);
    expect(capture.stdout).not.toContain('You said');
    expect(capture.stderr).toMatch(/^error: StreamError: /);
  });
});

describe('errors', () => {
  const canaryKey = 'ABSKY2FuYXJ5LWNsaS1rZXktc2hvdWxkLW5ldmVyLWxlYWs=';
  const canarySecret = 'canary/CLI+secret/never-print-me-0123456789';

  it('a rejected API key exits 1 with AuthError and its advice, and never prints the key', async () => {
    const capture = captureCliIo({ ...bearerEnv, AWS_BEARER_TOKEN_BEDROCK: canaryKey });
    expect(await runCli(['Hi'], capture.io)).toBe(1);
    expect(capture.stderr).toMatch(/^error: AuthError: .*API Key/);
    expect(capture.stderr).toContain(`request id: ${emulator.requests[0]!.requestId}`);
    expect(capture.stdout).toBe('');
    expect(capture.stderr + capture.stdout).not.toContain(canaryKey);
  });

  it('a wrong secret key exits 1 with AuthError, and never prints the secret or the signature', async () => {
    const capture = captureCliIo({ AWS_ACCESS_KEY_ID: 'AKIDCANARYCLI', AWS_SECRET_ACCESS_KEY: canarySecret, AWS_ENDPOINT_URL: emulator.url });
    expect(await runCli(['--stream', 'Hi'], capture.io)).toBe(1);
    expect(capture.stderr).toMatch(/^error: AuthError: /);
    const signature = /Signature=([0-9a-f]+)/.exec(emulator.requests[0]!.headers.authorization!)![1]!;
    for (const secret of [canarySecret, signature]) expect(capture.stderr + capture.stdout).not.toContain(secret);
  });

  it('no credentials at all exits 1 with ConfigError naming what to set, before any request', async () => {
    const capture = captureCliIo({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url });
    expect(await runCli(['Hi'], capture.io)).toBe(1);
    expect(capture.stderr).toMatch(/^error: ConfigError: .*AWS_BEARER_TOKEN_BEDROCK|^error: ConfigError: .*AWS_ACCESS_KEY_ID/);
    expect(emulator.requests).toHaveLength(0);
  });

  it.each([
    ['a key ID without its secret', { AWS_ACCESS_KEY_ID: 'AKIDCLIHALFPAIR' }, [], /AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is missing/],
    ['a bad AWS_REGION', { AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_REGION: 'Europe' }, [], /AWS_REGION/],
    ['a bad AWS_DEFAULT_REGION', { AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_DEFAULT_REGION: 'us_east_1' }, [], /AWS_DEFAULT_REGION/],
    ['a bad --region', { AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_REGION: 'us-east-1' }, ['--region', 'Europe'], /--region/],
    ['a bad AWS_ENDPOINT_URL_BEDROCK_RUNTIME', { AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'ftp://example.com' }, [], /AWS_ENDPOINT_URL_BEDROCK_RUNTIME/],
    ['a session token with a control character', { AWS_ACCESS_KEY_ID: 'AKIDCLI', AWS_SECRET_ACCESS_KEY: 'secret-cli-0123456789', AWS_SESSION_TOKEN: 'tok\nen' }, [], /AWS_SESSION_TOKEN/],
  ] as const)('%s: exit 1, the error names the variable or flag the value came from, not an option of code', async (_, env, flags, named) => {
    const capture = captureCliIo({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url, ...env });
    expect(await runCli([...flags, 'Hi'], capture.io)).toBe(1);
    expect(capture.stderr).toMatch(/^error: ConfigError: /);
    expect(capture.stderr).toMatch(named);
    expect(capture.stderr).not.toMatch(/createBedrock|client options|providerOptions/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('a throttled call exits 1 with ThrottlingError once retries are spent', async () => {
    emulator.enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 }, times: 3 });
    const capture = captureCliIo(bearerEnv);
    expect(await runCli(['Hi'], capture.io)).toBe(1);
    expect(capture.stderr).toMatch(/^error: ThrottlingError: /);
    expect(emulator.requests).toHaveLength(3);
  });
});
