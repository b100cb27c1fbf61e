import { getToken } from '@aws/bedrock-token-generator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Emulator } from './emulator';
import { EMULATOR_CREDENTIALS } from './emulator-credentials';
import { startEmulator } from './start-emulator';
import { callEmulator } from './test-support/call-emulator';

const T0 = Date.UTC(2026, 11, 6, 12, 0, 0);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ now: () => T0 });
});
afterAll(() => emulator.close());

/** AWS's generator at T0: it takes no signing date, so Date is faked while it runs. */
async function awsKey(expiresInSeconds: number): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  try {
    const { accessKeyId, secretAccessKey, sessionToken } = EMULATOR_CREDENTIALS;
    return await getToken({ credentials: { accessKeyId, secretAccessKey, sessionToken }, region: 'us-east-1', expiresInSeconds });
  } finally {
    vi.useRealTimers();
  }
}

describe("a key made by AWS's own generator (@aws/bedrock-token-generator)", () => {
  it('is accepted as Bedrock accepts it, with its expiry read from the presigned URL', async () => {
    const key = await awsKey(900);
    expect(key.startsWith('bedrock-api-key-')).toBe(true);
    const response = await callEmulator(emulator, 'converse', 'anthropic.claude-3-haiku-20240307-v1:0', { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] }, { auth: { bearer: key } });
    expect(response.status).toBe(200);
    expect(emulator.requests.at(-1)!.auth).toMatchObject({ ok: true, apiKeyKind: 'short-term', accessKeyId: 'ASIAEMULATOR', sessionToken: true, expiresAt: T0 + 900_000 });
  });
});
