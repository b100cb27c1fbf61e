/** The URL parts signing reads: host, already-encoded path, and decoded query. */
export interface ParsedRequestUrl {
  protocol: string;
  /** `host[:port]` exactly as `fetch` sends it in the `Host` header. */
  host: string;
  hostname: string;
  /** The path as sent on the wire (percent-encoded once); the signer encodes it again. */
  path: string;
  query: Record<string, string | string[]>;
}

/**
 * Splits a request URL for signing. The query is decoded here because smithy re-encodes
 * keys and values itself; `+` stays a literal plus (AWS does not read it as a space).
 */
export function parseRequestUrl(url: string | URL): ParsedRequestUrl {
  const parsed = new URL(url);
  return { protocol: parsed.protocol, host: parsed.host, hostname: parsed.hostname, path: parsed.pathname, query: parseQuery(parsed.search) };
}

function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (search.length <= 1) return query;
  for (const pair of search.slice(1).split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = decode(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? '' : decode(pair.slice(equals + 1));
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    // A stray `%` that is not an escape: sign it as the literal text it is.
    return component;
  }
}
