import { emulatorApiKey, emulatorCredentials } from '@bedrock-kit/emulator';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { examplePath, repositoryRoot, useEmulator } from './examples.test-support';

const context = useEmulator();
let bundle: { code: string; inputs: string[] };

// Bundled as wrangler does for a module worker: ESM, workerd's resolve conditions, the packages' ESM builds.
beforeAll(async () => {
  const result = await build({
    entryPoints: [examplePath('worker', 'src', 'worker.ts')],
    absWorkingDir: repositoryRoot,
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    target: 'es2022',
    platform: 'neutral',
    format: 'esm',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
  });
  bundle = { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
});

let running: Miniflare | undefined;
afterEach(async () => {
  await running?.dispose();
  running = undefined;
});

/** Starts the example worker in workerd with these bindings (its vars and secrets). */
async function startWorker(bindings: Record<string, string>): Promise<Miniflare> {
  running = new Miniflare({
    modules: true,
    script: bundle.code,
    cf: false, // otherwise miniflare fetches request.cf data from a Cloudflare host
    compatibilityDate: '2024-09-23', // as in the example's wrangler.jsonc, without nodejs_compat
    bindings: { BEDROCK_ENDPOINT: context.emulator.url, ...bindings },
  });
  await running.ready;
  return running;
}

describe('examples/worker in workerd (miniflare)', () => {
  it('bundles from the ESM builds with no Node built-in', () => {
    expect(bundle.inputs).toContain('packages/bedrock/dist/index.js');
    expect(bundle.inputs).toContain('packages/anthropic/dist/index.js');
    expect(bundle.inputs.filter((path) => path.startsWith('node:'))).toEqual([]);
  });

  it('streams the answer as the Response body: the first bytes arrive while the model is still generating', async () => {
    const { emulator } = context;
    const worker = await startWorker({ AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey });
    const gate = emulator.gate();
    emulator.enqueue({ reply: { text: 'Rivers run to the sea, carrying stones' }, holdAfterEvents: { afterEvents: 3, gate } });
    const response = await worker.dispatchFetch('http://example.test/?prompt=A%20haiku', { signal: AbortSignal.timeout(15_000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(gate.released).toBe(false); // the emulator still holds the rest of the answer
    gate.release();
    let text = decoder.decode(first.value, { stream: true });
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value, { stream: true });
    expect(text).toBe('Rivers run to the sea, carrying stones');
    expect(emulator.requests[0]).toMatchObject({
      route: 'invoke-with-response-stream',
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      auth: { ok: true, scheme: 'bearer' },
    });
    expect(emulator.requests[0]!.bodyText).toContain('"A haiku"'); // the ?prompt= query
  });

  it('signs with IAM keys from the bindings (SigV4 on Web Crypto) and honours BEDROCK_MODEL', async () => {
    const { emulator } = context;
    const worker = await startWorker({ ...bindingsFor(emulatorCredentials), AWS_REGION: 'us-east-1', BEDROCK_MODEL: 'us.anthropic.claude-3-5-haiku-20241022-v1:0' });
    const response = await worker.dispatchFetch('http://example.test/?prompt=Hello', { signal: AbortSignal.timeout(15_000) });
    expect(await response.text()).toBe('Hello from the bedrock-kit emulator. You said: Hello');
    expect(emulator.requests[0]).toMatchObject({
      modelId: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
      auth: { ok: true, scheme: 'sigv4', accessKeyId: emulatorCredentials.accessKeyId, region: 'us-east-1' },
    });
  });

  it('a failure before the first token is a 502 naming the typed error, without the key', async () => {
    const worker = await startWorker({ AWS_BEARER_TOKEN_BEDROCK: 'ABSKnot-the-emulator-key' });
    const response = await worker.dispatchFetch('http://example.test/', { signal: AbortSignal.timeout(15_000) });
    expect(response.status).toBe(502);
    const body = await response.text();
    expect(body).toMatch(/^AuthError: /);
    expect(body).not.toContain('not-the-emulator-key');
  });

  it('without credentials: 502 with the ConfigError, and no request reaches the service', async () => {
    const worker = await startWorker({});
    const response = await worker.dispatchFetch('http://example.test/', { signal: AbortSignal.timeout(15_000) });
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/^ConfigError: /);
    expect(context.emulator.requests).toHaveLength(0);
  });
});

function bindingsFor(keys: { accessKeyId: string; secretAccessKey: string }): Record<string, string> {
  return { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey };
}
