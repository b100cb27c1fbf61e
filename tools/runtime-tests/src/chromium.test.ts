import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { buildRuntimeBundle, type RuntimeBundle } from './build-runtime-bundle';
import { runScenario, type ScenarioName, type ScenarioOutcome } from './runtime-scenarios';
import { scenarioInput } from './scenario-input';
import { servePage, type PageServer } from './serve-page';
import { defineScenarioTests } from './define-scenario-tests.test-support';
import { findChromium } from './find-chromium';

// The system's Chromium or Chrome (findChromium: CHROMIUM_PATH, the usual paths,
// Playwright's cache); the tests never download one. The background-networking
// flags keep it from calling Google's hosts, which a closed network refuses.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

let emulator: Emulator;
let bundle: RuntimeBundle;
let site: PageServer;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const executablePath = findChromium();
  emulator = await startEmulator();
  bundle = await buildRuntimeBundle('page-entry.ts', 'browser');
  site = await servePage(bundle.code);
  userDataDir = mkdtempSync(join(tmpdir(), 'bedrock-kit-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 15_000 });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(site.url, { waitUntil: 'load', timeout: 10_000 });
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  await emulator?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Runs one scenario inside the page (the bundle put `runScenario` on `globalThis`). */
function inPage(name: ScenarioName): Promise<ScenarioOutcome> {
  return page.evaluate(
    ([scenario, input]) => (globalThis as unknown as { runScenario: typeof runScenario }).runScenario(scenario, input),
    [name, scenarioInput(emulator, 'chromium')] as const,
  );
}

describe('headless Chromium, browser bundle of the built packages', () => {
  it('bundles for the browser from the ESM builds, with no Node built-in reached', () => {
    expect(bundle.inputs).toContain('packages/bedrock/dist/index.js');
    expect(bundle.inputs).toContain('packages/anthropic/dist/index.js');
    expect(bundle.inputs.filter((path) => path.startsWith('node:') || !path.includes('/'))).toEqual([]);
  });

  it('loads the page without errors and runs in a real browser', async () => {
    expect(await page.evaluate(() => [typeof (globalThis as { runScenario?: unknown }).runScenario, navigator.userAgent.includes('HeadlessChrome')])).toEqual(['function', true]);
    expect(pageErrors).toEqual([]);
  });

  it('computes the SigV4 signature with the page\'s Web Crypto (crypto.subtle)', async () => {
    // Count SubtleCrypto calls made while one signed request is prepared: the
    // signer's HMAC chain and payload hash must come from the browser itself.
    await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const method of ['digest', 'sign', 'importKey'] as const) {
        const original = SubtleCrypto.prototype[method] as (...args: unknown[]) => unknown;
        (SubtleCrypto.prototype as unknown as Record<string, unknown>)[method] = function (this: SubtleCrypto, ...args: unknown[]) {
          counts[method] = (counts[method] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
      (globalThis as { subtleCounts?: Record<string, number> }).subtleCounts = counts;
    });
    const outcome = await inPage('generateSigned');
    const counts = await page.evaluate(() => (globalThis as { subtleCounts?: Record<string, number> }).subtleCounts ?? {});
    expect(outcome.ok).toBe(true);
    // SigV4 derives the signing key with four HMACs and signs once more.
    expect(counts.sign ?? 0).toBeGreaterThanOrEqual(5);
    expect(counts.digest ?? 0).toBeGreaterThanOrEqual(1);
  });

  defineScenarioTests(() => ({ emulator, run: inPage, runtime: 'chromium' }));
});
