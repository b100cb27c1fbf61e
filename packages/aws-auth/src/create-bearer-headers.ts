import { assertApiKey } from './assert-api-key';

/**
 * The header that authenticates a request with a Bedrock API key:
 * `{ authorization: 'Bearer <apiKey>' }`. No signing, clock or region is involved.
 *
 * @throws ConfigError when the key is empty or holds whitespace or control characters.
 * @example
 * await fetch(url, { method: 'POST', headers: { ...createBearerHeaders(apiKey), 'content-type': 'application/json' }, body });
 */
export function createBearerHeaders(apiKey: string): Record<string, string> {
  assertApiKey(apiKey, 'the apiKey given');
  return { authorization: `Bearer ${apiKey}` };
}
