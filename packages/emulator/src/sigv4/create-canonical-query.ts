import { percentEncodeUtf8 } from './create-canonical-uri';

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The canonical query string: every key and value decoded, then encoded the
 * strict RFC 3986 way (space as `%20`, never `+`), sorted by key then value.
 */
export function createCanonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const key = equals === -1 ? part : part.slice(0, equals);
    const value = equals === -1 ? '' : part.slice(equals + 1);
    pairs.push([encodeStrict(safeDecode(key)), encodeStrict(safeDecode(value))]);
  }
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function encodeStrict(text: string): string {
  let out = '';
  for (const char of text) out += UNRESERVED.test(char) ? char : percentEncodeUtf8(char);
  return out;
}
