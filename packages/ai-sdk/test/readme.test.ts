import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './emulator.test-support';

const packageFolder = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(packageFolder, 'README.md'), 'utf8');
const entry = join(packageFolder, 'src', 'index.ts');

const { context } = useEmulator();

describe('README', () => {
  it('runs the first example as written against the emulator and prints what the README says', async () => {
    const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!.replace("'@bedrock-kit/ai-sdk'", JSON.stringify(entry));
    const expected = /```text\n([\s\S]*?)```/.exec(readme)![1]!;
    // Inside the package, so `ai` and `@bedrock-kit/anthropic` resolve as they would for a user.
    const folder = mkdtempSync(join(packageFolder, '.readme-'));
    try {
      const file = join(folder, 'example.mts');
      writeFileSync(file, example);
      const child = spawn(process.execPath, ['--import', 'tsx', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          AWS_ENDPOINT_URL_BEDROCK_RUNTIME: context.emulator.url,
          AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey,
          AI_SDK_LOG_WARNINGS: 'false',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
      });
      let output = '';
      let errors = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
      const [code] = await once(child, 'exit');
      expect(errors.replace(/.*EBADENGINE.*\n?/g, '')).not.toMatch(/Error/);
      expect(code).toBe(0);
      expect(output).toBe(expected);
      expect(context.emulator.requests.map((request) => request.status)).toEqual([200, 200]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('type-checks every TypeScript block (TypeScript of the workspace, strict)', async () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!.replace("'@bedrock-kit/ai-sdk'", JSON.stringify(entry)));
    expect(blocks.length).toBeGreaterThan(1);
    const folder = mkdtempSync(join(packageFolder, '.readme-'));
    try {
      const files = blocks.map((block, index) => {
        const file = join(folder, `block-${index}.mts`);
        writeFileSync(file, `${block}\nexport {};\n`);
        return file;
      });
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({
          extends: '../../../tsconfig.base.json',
          compilerOptions: { types: ['node'], noUnusedLocals: false },
          files,
        }),
      );
      const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
      const run = promisify(execFile)(process.execPath, [tsc, '-p', join(folder, 'tsconfig.json')]).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
      expect(await run).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
