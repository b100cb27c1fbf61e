import { ConfigError } from '@bedrock-kit/core';

/**
 * Checks a base URL that requests and their credentials are sent to: an `http:` or `https:` URL
 * with a host, no user name or password, no query and no fragment. Returns it parsed.
 *
 * The error names `label` and says what is wrong; it quotes the URL only when it holds no
 * user information (a password is never shown, and neither is the user name next to it).
 *
 * @param label the setting's name in messages, e.g. `endpoint` or `AWS_ENDPOINT_URL`. @default 'endpoint'
 * @throws ConfigError when the value is not such a URL.
 * @example
 * const base = parseEndpoint(process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME');
 */
export function parseEndpoint(endpoint: unknown, label = 'endpoint'): URL {
  const text = endpoint instanceof URL ? endpoint.href : endpoint;
  if (typeof text !== 'string' || text === '') throw new ConfigError({ message: `${label} must be an http: or https: URL such as 'https://bedrock-runtime.us-east-1.amazonaws.com'.` });
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  // Before anything is quoted: a string URL can't parse yet still hold `user:password@`.
  const hasUserInfo = url === undefined ? /^[^/?#]*\/\/[^/?#]*@/.test(text) : url.username !== '' || url.password !== '';
  const shown = hasUserInfo ? '' : ` (${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)})`;
  const fail = (problem: string) => new ConfigError({ message: `${label}${shown} ${problem}.` });
  if (hasUserInfo) throw fail('holds a user name or password; send credentials through the auth settings, never in the URL');
  // The URL parser drops tabs and newlines silently; a URL written with them is a mistake.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(text)) throw fail('has whitespace or a control character');
  if (url === undefined) throw fail("is not a URL; give one with its scheme, e.g. 'https://bedrock-runtime.us-east-1.amazonaws.com'");
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail(`has the scheme ${url.protocol.slice(0, -1)}; only http and https are allowed`);
  if (url.hostname === '') throw fail('has no host');
  if (url.search !== '' || text.includes('?')) throw fail('has a query; the request paths are added to it, so it must not carry one');
  if (url.hash !== '' || text.includes('#')) throw fail('has a fragment (#…); remove it');
  return url;
}
