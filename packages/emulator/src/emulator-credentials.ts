/**
 * IAM keys the emulator accepts by default (when `startEmulator` gets no
 * `credentials`). Test-only values: they grant nothing anywhere else.
 */
export const emulatorCredentials = {
  accessKeyId: 'AKIDEMULATOR',
  secretAccessKey: 'emulator/Secret+Key/0123456789abcdefEXAMPLE',
} as const;

/** Temporary (STS-style) keys accepted by default; the session token must be sent as `x-amz-security-token`. */
export const emulatorSessionCredentials = {
  accessKeyId: 'ASIAEMULATOR',
  secretAccessKey: 'emulator/Session+Secret/0123456789abcdefEXAMPLE',
  sessionToken: 'IQoJb3JpZ2luX2VjEMULATOR//session/token/EXAMPLE==',
} as const;

/** A Bedrock API key accepted by default as `Authorization: Bearer <key>`. */
export const emulatorApiKey = 'ABSKZW11bGF0b3ItYXBpLWtleQ==';

/**
 * The well-known test keys in one object, for users' own tests: the session
 * (STS-style) IAM keys with their token, and the API key. Every emulator
 * accepts them unless `startEmulator` is given other `credentials` / `apiKeys`.
 * Test-only values: they grant nothing anywhere else.
 */
export const EMULATOR_CREDENTIALS = {
  // Written out (same values as above, a test checks they agree): reading another object's fields would run at import.
  accessKeyId: 'ASIAEMULATOR',
  secretAccessKey: 'emulator/Session+Secret/0123456789abcdefEXAMPLE',
  sessionToken: 'IQoJb3JpZ2luX2VjEMULATOR//session/token/EXAMPLE==',
  apiKey: 'ABSKZW11bGF0b3ItYXBpLWtleQ==',
} as const;
