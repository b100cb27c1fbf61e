import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBedrockApiKey } from '@bedrock-kit/aws-auth';
import { emulatorApiKey, emulatorSessionCredentials, startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';
import { readReadmeExamples, repositoryRoot } from './read-readme-examples';
import { servePage } from './serve-page';

// Every README example runs against the emulator, so none of them rots (issue: docs).
const examples = readReadmeExamples();
const buildDir = join(repositoryRoot, 'tools/runtime-tests/.build/readme');
// Resolved here: the examples run in a scratch directory, where a bare `tsx` would not resolve.
const tsxLoader = import.meta.resolve('tsx');
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  mkdirSync(buildDir, { recursive: true });
});
afterAll(async () => emulator?.close());

function exampleEnvironment(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'readme-aws-'));
  const credentialsFile = join(home, 'credentials');
  writeFileSync(
    credentialsFile,
    `[default]\naws_access_key_id = ${emulatorSessionCredentials.accessKeyId}\naws_secret_access_key = ${emulatorSessionCredentials.secretAccessKey}\naws_session_token = ${emulatorSessionCredentials.sessionToken}\n`,
  );
  return {
    PATH: process.env.PATH,
    HOME: home,
    NO_COLOR: '1',
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url,
    AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey,
    AWS_ACCESS_KEY_ID: emulatorSessionCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulatorSessionCredentials.secretAccessKey,
    AWS_SESSION_TOKEN: emulatorSessionCredentials.sessionToken,
    AWS_REGION: 'us-east-1',
    AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
    AWS_CONFIG_FILE: join(home, 'config'),
  };
}

function runNode(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // A scratch working directory: examples that write files (fixtures) must not write into the repository.
    const env = exampleEnvironment();
    const child = spawn(process.execPath, ['--import', tsxLoader, file], { cwd: env.HOME, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('README examples (Node)', () => {
  it.each(examples.filter((e) => e.runtime === 'node').map((e) => [e.name, e] as const))('%s runs against the emulator', async (name, example) => {
    const file = join(buildDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.mts`);
    writeFileSync(file, example.code);
    const before = emulator.requests.length;
    const { code, stdout, stderr } = await runNode(file);
    expect(stderr, `${name} wrote to stderr`).toBe('');
    expect(code, `${name}\n${stdout}`).toBe(0);
    const made = emulator.requests.slice(before);
    // An example that starts its own emulator (how to test your code) talks to that one instead.
    if (/@bedrock-kit\/bedrock|fetch\(/.test(example.code) && !/startEmulator\(/.test(example.code)) expect(made.length, `${name} reached the emulator`).toBeGreaterThan(0);
    expect(made.filter((r) => !r.auth.ok), `${name} authenticated`).toEqual([]);
  });
});

describe('README examples (Worker)', () => {
  it.each(examples.filter((e) => e.runtime === 'worker').map((e) => [e.name, e] as const))('%s streams from workerd', async (name, example) => {
    const entry = join(buildDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
    writeFileSync(entry, example.code);
    const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', conditions: ['workerd', 'worker', 'browser'], mainFields: ['module', 'main'], absWorkingDir: repositoryRoot, logLevel: 'silent' });
    const mf = new Miniflare({
      modules: true,
      script: bundle.outputFiles[0]!.text,
      compatibilityDate: '2024-09-23',
      cf: false,
      bindings: { BEDROCK_API_KEY: emulatorApiKey, BEDROCK_ENDPOINT: emulator.url },
    });
    try {
      const response = await mf.dispatchFetch('http://worker/?q=from%20a%20worker');
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('from a worker');
    } finally {
      await mf.dispose();
    }
  });
});

describe('README examples (browser)', () => {
  let browser: Browser;
  // Rerouting the regional host to 127.0.0.1 changes the Host header the signature covers, so this
  // emulator records auth without enforcing it (chromium.test.ts verifies browser signatures end to end).
  let unsigned: Emulator;
  beforeAll(async () => {
    unsigned = await startEmulator({ requireAuth: false });
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await unsigned?.close();
  });

  it.each(examples.filter((e) => e.runtime === 'browser').map((e) => [e.name, e] as const))('%s streams into the page', async (name, example) => {
    const entry = join(buildDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
    writeFileSync(entry, example.code);
    const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'browser', absWorkingDir: repositoryRoot, logLevel: 'silent' });
    const site = await servePage(`document.body.innerHTML = '<p id="answer"></p>';\n${bundle.outputFiles[0]!.text}`);
    const page = await browser.newPage();
    try {
      await page.route('**/bedrock-credentials', (route) => route.fulfill({ json: { ...emulatorSessionCredentials } }));
      // The server side of the browser example: a short-term API key minted from the session keys, valid 15 minutes.
      const apiKey = await createBedrockApiKey({ credentials: emulatorSessionCredentials, region: 'us-east-1', expiresIn: 900, env: {} });
      await page.route('**/bedrock-api-key', (route) => route.fulfill({ json: { apiKey } }));
      // The page calls the real regional host; the test routes it to the emulator.
      await page.route('https://bedrock-runtime.us-east-1.amazonaws.com/**', async (route) => {
        const target = new URL(route.request().url());
        const response = await route.fetch({ url: `${unsigned.url}${target.pathname}` });
        await route.fulfill({ response });
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(site.url);
      await page
        .waitForFunction(() => (document.querySelector('#answer')?.textContent ?? '').includes('Write a haiku.'), undefined, { timeout: 15_000 })
        .catch((error: Error) => Promise.reject(new Error(`${error.message}; page errors: ${errors.join(' | ')}`)));
      const request = unsigned.requests.find((r) => r.route === 'converse-stream' || r.route === 'invoke-with-response-stream')!;
      if (/\/bedrock-api-key/.test(example.code)) {
        // A short-term key signs no Host, so this emulator verifies it fully: signature, session token, expiry.
        expect(request.headers.authorization).toBe(`Bearer ${apiKey}`);
        expect(request.auth).toMatchObject({ ok: true, scheme: 'bearer', apiKeyKind: 'short-term', accessKeyId: emulatorSessionCredentials.accessKeyId, sessionToken: true });
      } else {
        expect(request.headers.authorization).toContain(`Credential=${emulatorSessionCredentials.accessKeyId}/`);
        expect(request.headers['x-amz-security-token']).toBe(emulatorSessionCredentials.sessionToken);
      }
    } finally {
      await page.close();
      await site.close();
    }
  });
});
