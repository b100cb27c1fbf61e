import { inspect } from 'node:util';
import { ConfigError } from '@bedrock-kit/core';
import { failure } from '@bedrock-kit/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createAwsCredentials } from './aws-credentials';
import { createAuthHeaders } from './create-auth-headers';
import { createBedrockApiKey } from './create-bedrock-api-key';
import { resolveAuth } from './resolve-auth';

const SECRET = 'CANARY-SECRET-7f3a';
const TOKEN = 'CANARY-TOKEN-91bc';

// A chunk the page could not fetch, as a browser reports it: the module's import rejects. The
// first load of each module fails; the next one succeeds (the network came back).
const { failures, chunkError } = vi.hoisted(() => ({
  failures: { signer: 1, presigner: 1 },
  chunkError: (name: string) => new TypeError(`Failed to fetch dynamically imported module: https://app.example/assets/${name}-3f2a.js`),
}));
vi.mock('./create-sigv4-headers', async (importOriginal) => {
  if (failures.signer-- > 0) throw chunkError('create-sigv4-headers');
  return importOriginal();
});
vi.mock('./mint-bedrock-api-key', async (importOriginal) => {
  if (failures.presigner-- > 0) throw chunkError('mint-bedrock-api-key');
  return importOriginal();
});

const request = { method: 'POST', url: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse', headers: { 'content-type': 'application/json' }, body: '{}' };
const signingDate = new Date('2025-01-01T00:00:00Z');

/** The error and its causes, outermost first (the test runner wraps a failing mock factory's error once more). */
function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let at = error; at instanceof Error; at = at.cause) chain.push(at);
  return chain;
}

function expectNoSecret(error: unknown): void {
  for (const at of causeChain(error)) {
    for (const text of [String(at), JSON.stringify(at), inspect(at, { depth: 10 }), at.stack ?? '']) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  }
}

describe('a signer that fails to load', () => {
  it('is a ConfigError naming what was loading, no request is sent, no secret is shown; the next call loads it', async () => {
    const auth = await resolveAuth({ call: { accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: TOKEN } });
    // How the transport sends: headers first, then fetch.
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response('{}'));
    const send = async () => {
      const headers = await createAuthHeaders(request, { auth, region: 'us-east-1', signingDate });
      return fetch(request.url, { method: 'POST', headers, body: request.body });
    };
    const error = await failure(send());
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^bedrock-kit could not load the SigV4 signer /);
    // The loader's own failure stays reachable as the cause, for whoever debugs the page.
    expect(causeChain(error).map((at) => at.message)).toContain('Failed to fetch dynamically imported module: https://app.example/assets/create-sigv4-headers-3f2a.js');
    expectNoSecret(error);
    expect(fetch).not.toHaveBeenCalled();

    await send();
    expect(fetch).toHaveBeenCalledTimes(1);
    const headers = fetch.mock.calls[0]![1].headers as Record<string, string>;
    expect(headers['x-amz-security-token']).toBe(TOKEN);
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\//);
  });

  it('minting a key: a ConfigError naming the presigner, without the secret; the next call mints', async () => {
    const credentials = createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: TOKEN });
    const options = { credentials, region: 'us-east-1', signingDate, expiresIn: 60 };
    const error = await failure(createBedrockApiKey(options));
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^bedrock-kit could not load the SigV4 presigner /);
    // The loader's own failure stays reachable as the cause, for whoever debugs the page.
    expect(causeChain(error).map((at) => at.message)).toContain('Failed to fetch dynamically imported module: https://app.example/assets/mint-bedrock-api-key-3f2a.js');
    expectNoSecret(error);
    await expect(createBedrockApiKey(options)).resolves.toMatch(/^bedrock-api-key-/);
  });
});
