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
  // URLSearchParams reads `+` as a space, so it is escaped first; a stray `%` stays literal text.
  for (const [key, value] of new URLSearchParams(search.replace(/\+/g, '%2B'))) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [...[existing].flat(), value];
  }
  return query;
}
