import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** An absolute path inside `examples/<name>`. */
export function examplePath(name: 'node-script' | 'browser-vite' | 'worker', ...parts: string[]): string {
  return [repositoryRoot.replace(/\/$/, ''), 'examples', name, ...parts].join('/');
}

/** `process.env` without the AWS and bedrock-kit variables a developer may have set, so a child sees only what a test gives it. */
export function cleanEnvironment(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    // FORCE_COLOR (set by Nx) next to NO_COLOR makes Node warn on stderr; the child gets neither.
    if (value !== undefined && !/^(AWS_|BEDROCK_)|^(FORCE_COLOR|NO_COLOR)$/.test(name)) env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** One emulator for the test file, reset after each test. */
export function useEmulator(): { readonly emulator: Emulator } {
  const state = {} as { emulator: Emulator };
  beforeAll(async () => {
    state.emulator = await startEmulator();
  });
  afterEach(() => state.emulator.reset());
  afterAll(() => state.emulator?.close());
  return state;
}
