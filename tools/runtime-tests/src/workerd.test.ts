import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CREDENTIALS, emulatorApiKey, emulatorCredentials, startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { buildRuntimeBundle, type RuntimeBundle } from './build-runtime-bundle';
import type { ScenarioName, ScenarioOutcome } from './runtime-scenarios';
import { defineScenarioTests } from './define-scenario-tests.test-support';

let emulator: Emulator;
let bundle: RuntimeBundle;
let miniflare: Miniflare;

beforeAll(async () => {
  emulator = await startEmulator();
  bundle = await buildRuntimeBundle('worker-entry.ts', 'worker');
  miniflare = new Miniflare({
    modules: true,
    script: bundle.code,
    // `cf: false`: otherwise miniflare fetches request.cf data from a Cloudflare host.
    cf: false,
    compatibilityDate: '2024-09-23',
    // Deliberately no `nodejs_compat`: the library must run on plain Workers APIs.
    compatibilityFlags: [],
    bindings: {
      EMULATOR_URL: emulator.url,
      API_KEY: emulatorApiKey,
      ACCESS_KEY_ID: emulatorCredentials.accessKeyId,
      SECRET_ACCESS_KEY: emulatorCredentials.secretAccessKey,
      SESSION_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
      SESSION_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
      SESSION_TOKEN: EMULATOR_CREDENTIALS.sessionToken,
    },
  });
  await miniflare.ready;
});

afterAll(async () => {
  await miniflare?.dispose();
  await emulator?.close();
});

/** Runs one scenario inside workerd through the Worker's fetch handler. */
async function inWorker(name: ScenarioName): Promise<ScenarioOutcome> {
  const response = await miniflare.dispatchFetch(`http://worker.test/${name}`, { signal: AbortSignal.timeout(15_000) });
  expect(response.status).toBe(200);
  return (await response.json()) as ScenarioOutcome;
}

describe('workerd (miniflare), worker bundle of the built packages, without nodejs_compat', () => {
  it('bundles with the workerd conditions from the ESM builds, with no Node built-in reached', () => {
    expect(bundle.inputs).toContain('packages/bedrock/dist/index.js');
    expect(bundle.inputs).toContain('packages/anthropic/dist/index.js');
    expect(bundle.inputs.filter((path) => path.startsWith('node:') || !path.includes('/'))).toEqual([]);
  });

  it('runs in workerd with no Node globals (no process, no Buffer)', async () => {
    const response = await miniflare.dispatchFetch('http://worker.test/__runtime');
    expect(await response.json()).toEqual({ userAgent: 'Cloudflare-Workers', process: 'undefined', buffer: 'undefined' });
  });

  defineScenarioTests(() => ({ emulator, run: inWorker, runtime: 'workerd' }));
});
