import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { streamAnswer } from '../../../examples/browser-vite/src/stream-answer';
import { examplePath, repositoryRoot, useEmulator } from './examples.test-support';

const context = useEmulator();
const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const outputDirectories: string[] = [];
afterAll(() => {
  for (const directory of outputDirectories) rmSync(directory, { recursive: true, force: true });
});
const newOutputDirectory = () => {
  const directory = mkdtempSync(join(tmpdir(), 'bedrock-kit-browser-example-'));
  outputDirectories.push(directory);
  return directory;
};

/** Imports of Node built-ins left in bundled code (`import … from "node:fs"`, `require("node:fs")`, `import("node:fs")`). */
const nodeImports = (code: string) => code.match(/(?:from\s*|require\(\s*|import\(\s*)["']node:[^"']+["']/g) ?? [];


describe('examples/browser-vite: the page logic (streamAnswer) against the emulator', () => {
  it('hands each piece of text to onText before the stream has finished, then resolves with the result', async () => {
    const { emulator } = context;
    const gate = emulator.gate();
    emulator.enqueue({ reply: { text: 'Rivers run to the sea, carrying stones' }, holdAfterEvents: { afterEvents: 3, gate } });
    const pieces: string[] = [];
    let firstPieceBeforeRelease = false;
    const done = streamAnswer({ endpoint: emulator.url, region: 'us-east-1', apiKey: emulatorApiKey, model, prompt: 'A haiku' }, (text) => {
      if (pieces.length === 0) {
        firstPieceBeforeRelease = !gate.released;
        gate.release();
      }
      pieces.push(text);
    });
    const result = await done;
    expect(firstPieceBeforeRelease).toBe(true);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe('Rivers run to the sea, carrying stones');
    expect(result).toMatchObject({ text: 'Rivers run to the sea, carrying stones', finishReason: 'stop', api: 'invoke' });
    expect(emulator.requests[0]).toMatchObject({ route: 'invoke-with-response-stream', modelId: model, auth: { ok: true, scheme: 'bearer' } });
  });

  it('a wrong API key rejects with AuthError, and the key is not in the message', async () => {
    const error = await streamAnswer({ endpoint: context.emulator.url, apiKey: 'ABSKwrong-key-for-the-example', model, prompt: 'x' }, () => {}).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('AuthError');
    expect(String((error as Error).message)).not.toContain('wrong-key-for-the-example');
  });

  it('an aborted answer stops with AbortError', async () => {
    const controller = new AbortController();
    const gate = context.emulator.gate();
    context.emulator.enqueue({ reply: { text: 'never finished' }, holdAfterEvents: { afterEvents: 3, gate } });
    const error = await streamAnswer({ endpoint: context.emulator.url, apiKey: emulatorApiKey, model, prompt: 'x' }, () => controller.abort(), controller.signal).catch(
      (e: unknown) => e,
    );
    gate.release();
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('examples/browser-vite: the bundle', () => {
  it('bundles src/main.ts for the browser (esbuild) from the packages’ ESM builds, with no Node built-in', async () => {
    const outdir = newOutputDirectory();
    const result = await build({
      entryPoints: [examplePath('browser-vite', 'src', 'main.ts')],
      absWorkingDir: repositoryRoot,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      outdir,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('packages/bedrock/dist/index.js');
    expect(inputs).toContain('packages/anthropic/dist/index.js');
    expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([]);
    const code = readFileSync(join(outdir, 'main.js'), 'utf8');
    expect(code.length).toBeGreaterThan(1_000);
    expect(nodeImports(code)).toEqual([]);
  });

  it('`vite build` (the example’s own build) produces index.html and a script with no Node built-in', async () => {
    const outDir = newOutputDirectory();
    await viteBuild({ root: examplePath('browser-vite'), logLevel: 'silent', configFile: false, build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const script = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(existsSync(join(outDir, script!))).toBe(true);
    expect(nodeImports(readFileSync(join(outDir, script!), 'utf8'))).toEqual([]);
    expect(readdirSync(join(outDir, 'assets')).some((file) => file.endsWith('.js'))).toBe(true);
  });
});
