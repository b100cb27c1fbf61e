import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('README', () => {
  it('runs the test example as written', async () => {
    const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!.replace("'@bedrock-kit/emulator'", JSON.stringify(entry));
    const folder = mkdtempSync(join(tmpdir(), 'emulator-readme-'));
    try {
      const file = join(folder, 'example.mts');
      writeFileSync(file, example);
      // Nx sets FORCE_COLOR for its children; the README's output is plain text.
      const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output.trim()).toBe('200 true 200');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
