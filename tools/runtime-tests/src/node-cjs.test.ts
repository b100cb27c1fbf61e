import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { buildRuntimeBundle } from './build-runtime-bundle';
import type { ScenarioName, ScenarioOutcome } from './runtime-scenarios';
import { scenarioInput } from './scenario-input';
import { defineScenarioTests } from './define-scenario-tests.test-support';

// Inside this package, so `require('@bedrock-kit/…')` resolves through the workspace's node_modules.
const buildFolder = fileURLToPath(new URL('../.build/', import.meta.url));
const clientPath = `${buildFolder}node-client.cjs`;

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  const bundle = await buildRuntimeBundle('node-entry.ts', 'node-cjs');
  mkdirSync(buildFolder, { recursive: true });
  writeFileSync(clientPath, bundle.code);
});

afterAll(async () => {
  await emulator?.close();
});

/**
 * Runs one scenario in a fresh `node` process that `require()`s the packages;
 * asynchronously, since the emulator answers from this process. The child gets
 * no AWS_* variables, so only the scenario's own settings count.
 */
function runNodeClient(name: ScenarioName): Promise<{ outcome: ScenarioOutcome; loaded: string[] }> {
  return new Promise((resolve, reject) => {
    const input = JSON.stringify(scenarioInput(emulator, 'node'));
    execFile(process.execPath, [clientPath, name, input], { timeout: 15_000, env: { PATH: process.env.PATH } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`node exited with ${error.code}: ${stderr}`));
      else resolve(JSON.parse(stdout) as { outcome: ScenarioOutcome; loaded: string[] });
    });
  });
}

const inNode = async (name: ScenarioName) => (await runNodeClient(name)).outcome;

describe(`Node ${process.version}, CommonJS builds through require()`, () => {
  defineScenarioTests(() => ({ emulator, run: inNode, runtime: 'node' }));

  it('loads the CJS builds (dist/index.cjs), not the ESM ones', async () => {
    const { outcome, loaded } = await runNodeClient('generateWithApiKey');
    expect(outcome.ok).toBe(true);
    const dist = loaded.map((file) => file.slice(file.indexOf('/packages/') + 1)).sort();
    expect(dist).toEqual(expect.arrayContaining(['packages/bedrock/dist/index.cjs', 'packages/anthropic/dist/index.cjs', 'packages/aws-auth/dist/index.cjs', 'packages/core/dist/index.cjs']));
    expect(dist.filter((file) => !file.endsWith('.cjs'))).toEqual([]);
  });
});
