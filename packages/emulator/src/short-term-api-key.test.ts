import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { EMULATOR_CREDENTIALS, emulatorCredentials, emulatorSessionCredentials } from './emulator-credentials';
import { startEmulator } from './start-emulator';
import { callEmulator } from './test-support/call-emulator';
import { createShortTermKey } from './test-support/create-short-term-key';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const hello = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };
const T0 = Date.UTC(2026, 11, 6, 12, 0, 0);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ now: () => T0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function call(key: string) {
  const response = await callEmulator(emulator, 'converse', model, hello, { auth: { bearer: key } });
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: await response.json() };
}

describe('short-term Bedrock API keys (presigned CallWithBearerToken URLs)', () => {
  it('accepts a key signed with the session keys (token signed in the query) and records how it authenticated', async () => {
    const key = createShortTermKey({ credentials: EMULATOR_CREDENTIALS, region: 'us-east-1', date: T0 });
    const decoded = Buffer.from(key.slice('bedrock-api-key-'.length), 'base64').toString('utf8');
    expect(decoded).toMatch(/^bedrock\.amazonaws\.com\/\?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAEMULATOR%2F20261206%2Fus-east-1%2Fbedrock%2Faws4_request&/);
    expect(decoded).toContain('&X-Amz-Security-Token=');
    expect(decoded.endsWith('&Version=1')).toBe(true);
    expect((await call(key)).status).toBe(200);
    expect(emulator.requests[0]!.auth).toMatchObject({
      ok: true,
      scheme: 'bearer',
      apiKeyKind: 'short-term',
      accessKeyId: 'ASIAEMULATOR',
      sessionToken: true,
      expiresAt: T0 + 43_200_000,
    });
  });

  it('accepts a key signed with long-term keys (no token)', async () => {
    expect((await call(createShortTermKey({ credentials: emulatorCredentials, region: 'us-east-1', date: T0, expiresIn: 900 }))).status).toBe(200);
  });

  it('refuses a key once the emulator clock passes its expiry, and accepts it just before', async () => {
    const key = createShortTermKey({ credentials: emulatorCredentials, region: 'us-east-1', date: T0, expiresIn: 900 });
    emulator.clock.advance(899_000);
    expect((await call(key)).status).toBe(200);
    emulator.clock.advance(1_000);
    expect(await call(key)).toEqual({ status: 403, type: 'AccessDeniedException', body: { message: 'Authentication failed: Bearer Token has expired.' } });
  });

  it('refuses more than 12 hours of validity', async () => {
    const key = createShortTermKey({ credentials: emulatorCredentials, region: 'us-east-1', date: T0, expiresIn: 43_201 });
    expect((await call(key)).body.message).toMatch(/X-Amz-Expires must be from 1 to 43200/);
  });

  it('refuses a tampered signature, another region, an unknown key, a missing or wrong session token, a missing Version', async () => {
    const bad = [
      createShortTermKey({ credentials: EMULATOR_CREDENTIALS, region: 'us-east-1', date: T0, tamper: (u) => u.replace(/X-Amz-Signature=[0-9a-f]/, 'X-Amz-Signature=z') }),
      createShortTermKey({ credentials: EMULATOR_CREDENTIALS, region: 'eu-west-1', date: T0 }),
      createShortTermKey({ credentials: { ...emulatorCredentials, accessKeyId: 'AKIDUNKNOWN' }, region: 'us-east-1', date: T0 }),
      createShortTermKey({ credentials: { accessKeyId: emulatorSessionCredentials.accessKeyId, secretAccessKey: emulatorSessionCredentials.secretAccessKey }, region: 'us-east-1', date: T0 }),
      createShortTermKey({ credentials: { ...emulatorSessionCredentials, sessionToken: 'other-token' }, region: 'us-east-1', date: T0 }),
      createShortTermKey({ credentials: EMULATOR_CREDENTIALS, region: 'us-east-1', date: T0, tamper: (u) => u.replace('&Version=1', '') }),
      createShortTermKey({ credentials: EMULATOR_CREDENTIALS, region: 'us-east-1', date: T0, tamper: (u) => u.replace('Action=CallWithBearerToken', 'Action=Other') }),
      `bedrock-api-key-${Buffer.from('not a url').toString('base64')}`,
    ];
    for (const key of bad) {
      const answer = await call(key);
      expect(answer.status).toBe(403);
      expect(answer.type).toBe('AccessDeniedException');
      expect(answer.body.message).toMatch(/^Authentication failed: /);
    }
    expect(emulator.requests.every((r) => r.auth.ok === false && r.status === 403)).toBe(true);
  });

  it('a key signed in the future beyond five minutes is not yet valid', async () => {
    const key = createShortTermKey({ credentials: emulatorCredentials, region: 'us-east-1', date: T0 + 6 * 60_000 });
    expect((await call(key)).body.message).toBe('Authentication failed: Bearer Token is not yet valid.');
  });
});

describe('a key presigned by @smithy/signature-v4 (the signer AWS token generator for JavaScript uses)', () => {
  it('is accepted: an independent signer agrees with the emulator verifier', async () => {
    const { SignatureV4 } = await import('@smithy/signature-v4');
    const { createHash, createHmac } = await import('node:crypto');
    class Sha256 {
      private readonly hash;
      constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
        this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
      }
      update(data: string | ArrayBuffer | ArrayBufferView) {
        this.hash.update(toBytes(data));
      }
      async digest() {
        return new Uint8Array(this.hash.digest());
      }
      reset() {}
    }
    const toBytes = (data: string | ArrayBuffer | ArrayBufferView) =>
      typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
    const signer = new SignatureV4({ service: 'bedrock', region: 'us-east-1', credentials: EMULATOR_CREDENTIALS, sha256: Sha256 });
    const presigned = await signer.presign(
      { method: 'POST', protocol: 'https:', hostname: 'bedrock.amazonaws.com', path: '/', headers: { host: 'bedrock.amazonaws.com' }, query: { Action: 'CallWithBearerToken' } },
      { expiresIn: 900, signingDate: new Date(T0) },
    );
    const strict = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const query = Object.entries(presigned.query ?? {})
      .map(([name, value]) => `${strict(name)}=${strict(String(value))}`)
      .join('&');
    const key = `bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?${query}&Version=1`).toString('base64')}`;
    expect((await call(key)).status).toBe(200);
    expect(emulator.requests[0]!.auth).toMatchObject({ apiKeyKind: 'short-term', sessionToken: true, expiresAt: T0 + 900_000 });
  });
});
