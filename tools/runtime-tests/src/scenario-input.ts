import { EMULATOR_CREDENTIALS, emulatorApiKey, emulatorCredentials, type Emulator } from '@bedrock-kit/emulator';
import type { ScenarioInput } from './runtime-scenarios';

/** The input that points a runtime at this emulator with the keys it accepts. */
export function scenarioInput(emulator: Emulator, runtime: string): ScenarioInput {
  return {
    endpoint: emulator.url,
    apiKey: emulatorApiKey,
    accessKeyId: emulatorCredentials.accessKeyId,
    secretAccessKey: emulatorCredentials.secretAccessKey,
    sessionAccessKeyId: EMULATOR_CREDENTIALS.accessKeyId,
    sessionSecretAccessKey: EMULATOR_CREDENTIALS.secretAccessKey,
    sessionToken: EMULATOR_CREDENTIALS.sessionToken,
    runtime,
  };
}
