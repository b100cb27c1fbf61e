import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emulatorApiKey } from './emulator-credentials';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

describe('bedrock-emulator CLI', () => {
  it('prints its URL, answers, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          const match = /Bedrock emulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`CLI exited early (${code})`)));
      });
      const response = await fetch(`${url}/model/meta.llama3-70b-instruct-v1%3A0/invoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${emulatorApiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'Hi' }),
      });
      expect((await response.json()).generation).toBe('Hello from the bedrock-kit emulator. You said: Hi');
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('the bedrock-emulator bin', () => {
  it('answers --help (from dist/ when built, else from the source through tsx)', async () => {
    const bin = fileURLToPath(new URL('../bin/bedrock-emulator.js', import.meta.url));
    const child = spawn(process.execPath, [bin, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toMatch(/^Usage: bedrock-emulator \[--port 4010\]/);
    expect(output).toContain('CountTokens, ApplyGuardrail');
  });
});
