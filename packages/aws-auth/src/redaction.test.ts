import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { assertHeaders } from './assert-headers';
import { createAwsCredentials } from './aws-credentials';
import { createBedrockApiKey } from './create-bedrock-api-key';
import { createClock } from './create-clock';
import { parseEndpoint } from './parse-endpoint';
import { signRequest } from './sign-request';
import { getKey, putKey } from './key-store';
import { resolveAuth } from './resolve-auth';

afterEach(() => putKey('aws_bedrock', undefined));

const SECRET = 'CANARY-SECRET-7f3a';
const TOKEN = 'CANARY-TOKEN-91bc';
const API_KEY = 'CANARY-APIKEY-55de';

/** Every common way an object ends up in a log. */
function renderings(value: object): Record<string, string> {
  return {
    json: JSON.stringify(value),
    jsonNested: JSON.stringify({ wrapper: [value] }),
    inspect: inspect(value, { depth: 10 }),
    inspectHidden: inspect(value, { depth: 10, showHidden: true }),
    inspectNested: inspect({ wrapper: [value] }, { depth: 10 }),
    template: `${value as { toString(): string }}`,
    string: String(value),
    spread: JSON.stringify({ ...value }),
    keys: Object.keys(value).join(','),
    entries: JSON.stringify(Object.entries(value)),
    structuredClone: JSON.stringify(structuredClone({ ...value })),
  };
}

function expectRedacted(value: object, canaries: string[]): void {
  for (const [how, text] of Object.entries(renderings(value))) {
    for (const canary of canaries) expect(text, `${how} leaked a secret`).not.toContain(canary);
  }
}

describe('redaction', () => {
  it('AwsCredentials: secrets hidden everywhere, readable by name, access key ID visible', () => {
    const credentials = createAwsCredentials({ accessKeyId: 'AKID_VISIBLE', secretAccessKey: SECRET, sessionToken: TOKEN });
    expectRedacted(credentials, [SECRET, TOKEN]);
    expect(credentials.secretAccessKey).toBe(SECRET);
    expect(credentials.sessionToken).toBe(TOKEN);
    expect(JSON.stringify(credentials)).toBe('{"accessKeyId":"AKID_VISIBLE","secretAccessKey":"[redacted]","sessionToken":"[redacted]"}');
    expect(inspect(credentials)).toContain('AKID_VISIBLE');
    expect(inspect(credentials)).toContain('[redacted]');
  });

  it('AwsCredentials are frozen: a secret cannot be replaced or made enumerable', () => {
    const credentials = createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET });
    expect(Object.isFrozen(credentials)).toBe(true);
    expect(() => Object.defineProperty(credentials, 'secretAccessKey', { enumerable: true })).toThrow();
  });

  it('ResolvedAuth (bearer) hides the API key', async () => {
    const auth = await resolveAuth({ call: { apiKey: API_KEY } });
    expectRedacted(auth, [API_KEY]);
    expect(auth.kind === 'bearer' && auth.apiKey).toBe(API_KEY);
    expect(JSON.stringify(auth)).toBe('{"kind":"bearer","source":"call","apiKey":"[redacted]"}');
  });

  it('ResolvedAuth (sigv4) hides the secret key and session token, from every source', async () => {
    const fromEnv = await resolveAuth({ env: { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN } });
    const fromOptions = await resolveAuth({ instance: { accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: TOKEN } });
    const fromProvider = await resolveAuth({ instance: { credentials: async () => ({ accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: TOKEN }) } });
    for (const auth of [fromEnv, fromOptions, fromProvider]) {
      expectRedacted(auth, [SECRET, TOKEN]);
      expect(auth.kind === 'sigv4' && auth.credentials.secretAccessKey).toBe(SECRET);
    }
  });

  it('the stored key hides apiKey, secretAccessKey and sessionToken', () => {
    putKey('aws_bedrock', { apiKey: API_KEY, accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: TOKEN, region: 'us-east-1' });
    const stored = getKey('aws_bedrock')!;
    expectRedacted(stored, [API_KEY, SECRET, TOKEN]);
    expect(stored.apiKey).toBe(API_KEY);
  });

  it('the errors of every validation path print no secret, however they are rendered', async () => {
    const caught = async (run: () => unknown): Promise<object> => {
      try {
        await run();
      } catch (error) {
        return error as object;
      }
      throw new Error('expected an error');
    };
    const bad = (secret: string) => `${secret}\r\nx-injected: 1`;
    const errors = [
      await caught(() => resolveAuth({ call: { accessKeyId: 'AKID', secretAccessKey: bad(SECRET), sessionToken: TOKEN }, env: {} })),
      await caught(() => resolveAuth({ env: { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: bad(TOKEN) } })),
      await caught(() => resolveAuth({ instance: { credentials: async () => ({ accessKeyId: 'AKID', secretAccessKey: bad(SECRET), sessionToken: TOKEN }) }, env: {} })),
      await caught(() => putKey('aws_bedrock', { apiKey: bad(API_KEY) })),
      await caught(() => putKey('aws_bedrock', { accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: bad(TOKEN) })),
      await caught(() => createBedrockApiKey({ credentials: { accessKeyId: 'AKID', secretAccessKey: bad(SECRET), sessionToken: TOKEN }, env: {} })),
      await caught(() => createBedrockApiKey({ credentials: { accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: TOKEN }, expiresIn: 0, env: {} })),
      await caught(() =>
        signRequest({ method: 'POST', url: 'https://bedrock-runtime.us-east-1.amazonaws.com/', headers: {} }, { credentials: createAwsCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET, sessionToken: bad(TOKEN) }), region: 'us-east-1' }),
      ),
      await caught(() => assertHeaders({ authorization: `Bearer ${bad(API_KEY)}` })),
      await caught(() => parseEndpoint(`https://user:${SECRET}@example.com`)),
    ];
    for (const error of errors) expectRedacted(error, [SECRET, TOKEN, API_KEY]);
    const outcome = createClock({ now: () => 0 }).adoptServerDate(new Date(10 * 86_400_000));
    expect(outcome.status).toBe('rejected');
    expectRedacted(outcome, [SECRET, TOKEN, API_KEY]);
  });
});
