import { startEmulator, type Emulator, type EmulatorOptions } from '@bedrock-kit/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

/** AWS variables a developer may have set; tests start from none of them. */
export const awsVariables = [
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
  'AWS_PROFILE',
];

/** Starts one emulator for the test file, clears AWS variables for each test, resets the emulator after each. */
export function useEmulator(options: EmulatorOptions = {}): { readonly emulator: Emulator } {
  const state = {} as { emulator: Emulator };
  beforeAll(async () => {
    state.emulator = await startEmulator(options);
  });
  afterAll(async () => {
    await state.emulator?.close();
  });
  beforeEach(() => {
    for (const name of awsVariables) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    state.emulator.reset();
  });
  return state;
}
