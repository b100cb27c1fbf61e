import { spawn } from 'node:child_process';
import { emulatorApiKey, emulatorSessionCredentials } from '@bedrock-kit/emulator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../examples/node-script/src/main';
import { cleanEnvironment, examplePath, useEmulator } from './examples.test-support';

const context = useEmulator();
const emulatorAnswer = (prompt: string) => `Hello from the bedrock-kit emulator. You said: ${prompt}`;

/** Runs `npm start` in the example's folder, as its README says, and collects the output. */
function npmStart(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'start'], { cwd: examplePath('node-script'), env: cleanEnvironment(env), timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_') || name.startsWith('BEDROCK_')) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('examples/node-script', () => {
  it('`npm start` runs generateText, streamText and the tool loop against the endpoint and API key from the environment', async () => {
    const { emulator } = context;
    const run = await npmStart({ AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url });
    expect(run.stderr.replace(/^npm warn .*\n/gm, '')).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`generateText: ${emulatorAnswer('Say hello in five words.')}`);
    expect(lines[1]).toMatch(/^ {2}\(\d+ tokens in, \d+ out\)$/);
    expect(lines[2]).toBe(`streamText: ${emulatorAnswer('Count from one to five.')}`);
    expect(lines[3]).toBe('tool weather({"city":"example"}) → {"city":"example","temperatureC":3,"sky":"clear"}');
    expect(lines[4]).toMatch(/^answer: .*temperatureC/);
    expect(emulator.requests.map((r) => r.route)).toEqual(['invoke', 'invoke-with-response-stream', 'converse', 'converse']);
    expect(emulator.requests.every((r) => r.auth.ok && r.auth.scheme === 'bearer')).toBe(true);
  });

  it('`npm start` without credentials exits non-zero with the ConfigError, before any request', async () => {
    const run = await npmStart({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: context.emulator.url });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/ConfigError: .*AWS_BEARER_TOKEN_BEDROCK/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('main() imports without running and signs with IAM keys + session token from the environment (SigV4)', async () => {
    const { emulator } = context;
    expect(emulator.requests).toHaveLength(0); // importing the module sent nothing
    vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', emulator.url);
    vi.stubEnv('AWS_ACCESS_KEY_ID', emulatorSessionCredentials.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', emulatorSessionCredentials.secretAccessKey);
    vi.stubEnv('AWS_SESSION_TOKEN', emulatorSessionCredentials.sessionToken);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('BEDROCK_MODEL', 'us.anthropic.claude-3-5-haiku-20241022-v1:0');
    let output = '';
    await main((text) => (output += text));
    expect(output).toContain(`generateText: ${emulatorAnswer('Say hello in five words.')}`);
    expect(emulator.requests).toHaveLength(4);
    for (const request of emulator.requests) {
      expect(request.modelId).toBe('us.anthropic.claude-3-5-haiku-20241022-v1:0');
      expect(request.auth).toMatchObject({ ok: true, scheme: 'sigv4', region: 'us-east-1', sessionToken: true });
    }
  });
});
