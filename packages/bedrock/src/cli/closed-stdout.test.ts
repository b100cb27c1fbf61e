import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emulatorApiKey, startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe('bedrock-kit --stream | head', () => {
  it('exits 0 without a stack trace when the reader closes stdout mid-stream', async () => {
    const gate = emulator.gate();
    // Hold the stream after the first text delta, so the rest is written after the pipe has closed.
    emulator.enqueue({ holdAfterEvents: { afterEvents: 3, gate } });
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--stream', 'Tell me a long story'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, AWS_BEARER_TOKEN_BEDROCK: emulatorApiKey, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    expect(first).toContain('Hello');
    child.stdout.destroy(); // what `head -c 5` does once it has its bytes
    await gate.reached;
    gate.release();

    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
