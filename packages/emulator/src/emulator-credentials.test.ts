import { describe, expect, it } from 'vitest';
import { EMULATOR_CREDENTIALS, emulatorApiKey, emulatorSessionCredentials } from './emulator-credentials';

describe('EMULATOR_CREDENTIALS', () => {
  it('holds the same well-known keys as emulatorSessionCredentials and emulatorApiKey (written out so nothing runs at import)', () => {
    expect(EMULATOR_CREDENTIALS).toEqual({ ...emulatorSessionCredentials, apiKey: emulatorApiKey });
  });
});
