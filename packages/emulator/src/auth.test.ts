import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { emulatorApiKey, emulatorCredentials, emulatorSessionCredentials } from './emulator-credentials';
import { startEmulator } from './start-emulator';
import { callEmulator, sigv4Auth } from './test-support/call-emulator';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const hello = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };
const start = Date.UTC(2024, 0, 1, 0, 0, 0);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ now: () => start });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function errorOf(response: Response) {
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: await response.json() };
}

describe('bearer API keys', () => {
  it('accepts the default key', async () => {
    const response = await callEmulator(emulator, 'converse', model, hello, { auth: { bearer: emulatorApiKey } });
    expect(response.status).toBe(200);
  });

  it('refuses an unknown key and a key without the Bedrock prefix', async () => {
    expect(await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth: { bearer: 'ABSKnot-a-key' } }))).toEqual({
      status: 403,
      type: 'AccessDeniedException',
      body: { message: 'Authentication failed: Please make sure your API Key is valid.' },
    });
    expect((await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth: { bearer: 'xyz' } }))).body).toEqual({
      message: 'Invalid API Key format: Must start with pre-defined prefix',
    });
  });

  it('refuses a request with no Authorization header', async () => {
    expect(await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth: 'none' }))).toEqual({
      status: 403,
      type: 'MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/',
      body: { message: 'Missing Authentication Token' },
    });
  });
});

describe('SigV4', () => {
  it('accepts a request signed with the default keys and records the scope', async () => {
    const response = await callEmulator(emulator, 'converse', model, hello, { auth: sigv4Auth(emulator) });
    expect(response.status).toBe(200);
    expect(emulator.requests[0]!.auth).toMatchObject({ ok: true, scheme: 'sigv4', accessKeyId: 'AKIDEMULATOR', region: 'us-east-1', amzDate: '20240101T000000Z' });
  });

  it('refuses a wrong secret with the AWS signature-mismatch error and the Coral suffix', async () => {
    const auth = { sigv4: { ...emulatorCredentials, secretAccessKey: 'wrong' }, date: start };
    const error = await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth }));
    expect(error.status).toBe(403);
    expect(error.type).toBe('InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/');
    expect(error.body.message).toMatch(/^The request signature we calculated does not match the signature you provided\./);
  });

  it('refuses an unknown access key as an invalid security token', async () => {
    const auth = { sigv4: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' }, date: start };
    const error = await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth }));
    expect(error).toMatchObject({ status: 403, body: { message: 'The security token included in the request is invalid.' } });
    expect(error.type).toMatch(/^UnrecognizedClientException:/);
  });

  it('refuses a credential scope naming another region', async () => {
    const auth = { sigv4: emulatorCredentials, region: 'eu-west-1', date: start };
    const error = await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth }));
    expect(error).toMatchObject({ status: 403, body: { message: 'Credential should be scoped to a valid region. ' } });
  });

  it('requires the matching session token for temporary keys', async () => {
    const ok = await callEmulator(emulator, 'converse', model, hello, { auth: { sigv4: emulatorSessionCredentials, date: start } });
    expect(ok.status).toBe(200);
    expect(emulator.requests[0]!.auth.sessionToken).toBe(true);
    const { sessionToken: _omitted, ...withoutToken } = emulatorSessionCredentials;
    const missing = await callEmulator(emulator, 'converse', model, hello, { auth: { sigv4: withoutToken, date: start } });
    expect((await errorOf(missing)).body.message).toBe('The security token included in the request is invalid.');
    const wrong = { ...emulatorSessionCredentials, sessionToken: 'other-token' };
    expect((await callEmulator(emulator, 'converse', model, hello, { auth: { sigv4: wrong, date: start } })).status).toBe(403);
  });

  it('rejects a body changed after signing', async () => {
    const url = `${emulator.url}/model/${encodeURIComponent(model)}/converse`;
    const { signSigV4 } = await import('./sigv4/sign-sigv4');
    const headers = signSigV4({ method: 'POST', url, body: JSON.stringify(hello), credentials: emulatorCredentials, region: 'us-east-1', date: start });
    delete headers.host;
    const tampered = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Bye' }] }] });
    const response = await fetch(url, { method: 'POST', headers, body: tampered });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^InvalidSignatureException/);
  });
});

describe('the five-minute window, checked when the emulator responds', () => {
  it('refuses a signature more than five minutes old with the AWS text', async () => {
    const auth = { sigv4: emulatorCredentials, date: start - 6 * 60_000 };
    const error = await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth }));
    expect(error.status).toBe(403);
    expect(error.type).toMatch(/^InvalidSignatureException/);
    expect(error.body.message).toBe('Signature expired: 20231231T235400Z is now earlier than 20231231T235500Z (20240101T000000Z - 5 min.)');
  });

  it('refuses a signature from more than five minutes ahead', async () => {
    const auth = { sigv4: emulatorCredentials, date: start + 10 * 60_000 };
    const error = await errorOf(await callEmulator(emulator, 'converse', model, hello, { auth }));
    expect(error.body.message).toBe('Signature not yet current: 20240101T001000Z is still later than 20240101T000500Z (20240101T000000Z + 5 min.)');
  });

  it('expires a fresh signature when the answer comes after the window (held request, advanced clock)', async () => {
    const gate = emulator.gate();
    emulator.enqueue({ holdBeforeFirstByte: gate });
    const pending = callEmulator(emulator, 'converse-stream', model, hello, { auth: sigv4Auth(emulator) });
    const request = await emulator.waitForRequest(1);
    expect(request.auth.ok).toBe(true);
    await gate.reached;
    emulator.clock.advance(5 * 60_000 + 1000);
    gate.release();
    const response = await pending;
    expect(response.status).toBe(403);
    expect(response.headers.get('date')).toBe('Mon, 01 Jan 2024 00:05:01 GMT');
    expect(emulator.requests[0]).toMatchObject({ status: 403, receivedAt: start, respondedAt: start + 301_000 });
    expect((await response.json()).message).toBe(
      'Signature expired: 20240101T000000Z is now earlier than 20240101T000001Z (20240101T000501Z - 5 min.)',
    );
  });

  it('advanceClockMs makes it a one-liner; a bearer key has no window', async () => {
    emulator.enqueue({ advanceClockMs: 10 * 60_000 }, { advanceClockMs: 10 * 60_000 });
    const signed = await callEmulator(emulator, 'converse', model, hello, { auth: sigv4Auth(emulator) });
    expect((await signed.json()).message).toMatch(/^Signature expired: /);
    const bearer = await callEmulator(emulator, 'converse', model, hello);
    expect(bearer.status).toBe(200);
  });
});

describe('requireAuth: false', () => {
  it('accepts anything and still records what came', async () => {
    const open = await startEmulator({ requireAuth: false });
    try {
      const response = await callEmulator(open, 'converse', model, hello, { auth: 'none' });
      expect(response.status).toBe(200);
      expect(open.requests[0]!.auth).toEqual({ ok: true, scheme: 'none' });
    } finally {
      await open.close();
    }
  });
});
