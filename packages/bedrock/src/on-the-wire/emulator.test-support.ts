import { startEmulator, type Emulator, type EmulatorOptions } from '@bedrock-kit/emulator';
import { useTestEmulator } from '@bedrock-kit/test-utils';

export { awsVariables } from '@bedrock-kit/test-utils';

/** Starts one emulator for the test file, clears AWS variables for each test, resets the emulator after each. */
export function useEmulator(options: EmulatorOptions = {}): { readonly emulator: Emulator } {
  return useTestEmulator(() => startEmulator(options)).context;
}
