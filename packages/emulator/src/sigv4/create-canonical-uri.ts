const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The canonical URI of a request-line path. Every segment is percent-encoded
 * once more, exactly as AWS does for every service except S3: a path sent as
 * `/model/a%3A0/invoke` is canonicalised as `/model/a%253A0/invoke`, and the
 * raw `/ሴ` of the test suite as `/%E1%88%B4`.
 * With `normalize` (the default for non-S3 services), `.`/`..` segments are
 * resolved and repeated slashes collapse first.
 */
export function createCanonicalUri(path: string, normalize: boolean): string {
  const source = normalize ? normalizePath(path) : path;
  if (source === '') return '/';
  let out = '';
  for (const char of source) {
    if (char === '/' || UNRESERVED.test(char)) out += char;
    else out += percentEncodeUtf8(char);
  }
  return out;
}

/** RFC 3986 encoding of one character as upper-case `%XX` UTF-8 bytes. */
export function percentEncodeUtf8(char: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

function normalizePath(path: string): string {
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') kept.pop();
    else kept.push(segment);
  }
  const joined = `/${kept.join('/')}`;
  const trailing = path.endsWith('/') && kept.length > 0;
  return trailing ? `${joined}/` : joined;
}
