import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One `sigv4/v4/<case>/` folder of the aws-c-auth suite, parsed. */
export interface SigningCase {
  name: string;
  context: {
    credentials: { access_key_id: string; secret_access_key: string; token?: string };
    expiration_in_seconds: number;
    normalize: boolean;
    region: string;
    service: string;
    sign_body: boolean;
    timestamp: string;
    omit_session_token?: boolean;
  };
  request: ParsedRequestText;
  expected: Record<'header' | 'query', { canonicalRequest: string; stringToSign: string; signature: string; signedRequest: string }>;
}

/** `request.txt`: request line, headers, optional body. */
export interface ParsedRequestText {
  method: string;
  /** The path exactly as on the request line (may hold spaces and raw UTF-8). */
  path: string;
  /** Query string as on the request line, without `?`; '' when absent. */
  search: string;
  /** Decoded query, repeated keys as arrays. */
  query: Record<string, string | string[]>;
  /** Folded lines joined with one space; repeated names joined with `,` in order. */
  headers: Record<string, string>;
  body?: string;
}

/** Reads and parses one case folder. */
export function readSigningCase(folder: string, name: string): SigningCase {
  const read = (file: string) => readFileSync(join(folder, name, file), 'utf8');
  const mode = (prefix: 'header' | 'query') => ({
    canonicalRequest: read(`${prefix}-canonical-request.txt`),
    stringToSign: read(`${prefix}-string-to-sign.txt`),
    signature: read(`${prefix}-signature.txt`),
    signedRequest: read(`${prefix}-signed-request.txt`),
  });
  return {
    name,
    context: JSON.parse(read('context.json')) as SigningCase['context'],
    request: parseRequestText(read('request.txt')),
    expected: { header: mode('header'), query: mode('query') },
  };
}

/** Parses the suite's HTTP/1.1 request text (see the conformance README, "Points a test author must handle"). */
export function parseRequestText(text: string): ParsedRequestText {
  const blank = text.indexOf('\n\n');
  const head = blank === -1 ? text : text.slice(0, blank);
  const body = blank === -1 ? undefined : text.slice(blank + 2);
  const lines = head.split('\n').filter((line, index, all) => !(index === all.length - 1 && line === ''));
  const requestLine = lines[0]!;
  // The path may contain spaces: method ends at the first space, the version starts at the last.
  const method = requestLine.slice(0, requestLine.indexOf(' '));
  const target = requestLine.slice(requestLine.indexOf(' ') + 1, requestLine.lastIndexOf(' '));
  const question = target.indexOf('?');
  const path = question === -1 ? target : target.slice(0, question);
  const search = question === -1 ? '' : target.slice(question + 1);

  const names = new Map<string, string>();
  const values = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line)) {
      last![last!.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const key = name.toLowerCase();
    if (!names.has(key)) names.set(key, name);
    last = values.get(key) ?? [];
    values.set(key, last);
    last.push(line.slice(colon + 1));
  }
  const headers: Record<string, string> = {};
  for (const [key, name] of names) headers[name] = values.get(key)!.join(',');

  const result: ParsedRequestText = { method, path, search, query: parseSearch(search), headers };
  if (body !== undefined && body !== '') result.body = body;
  return result;
}

function parseSearch(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = decodeURIComponent(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? '' : decodeURIComponent(pair.slice(equals + 1));
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

/** Percent-encodes each path segment once (RFC 3986 unreserved kept): the on-the-wire form of a request-line path. */
export function encodePathOnce(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** The value of one header in a `*-signed-request.txt` file. */
export function readSignedHeader(signedRequest: string, name: string): string | undefined {
  const wanted = `${name.toLowerCase()}:`;
  const line = signedRequest.split('\n').find((candidate) => candidate.toLowerCase().startsWith(wanted));
  return line?.slice(wanted.length);
}

/** The query of a `query-signed-request.txt` request line, decoded. */
export function readSignedQuery(signedRequest: string): Record<string, string | string[]> {
  const requestLine = signedRequest.slice(0, signedRequest.indexOf('\n'));
  const target = requestLine.slice(requestLine.indexOf(' ') + 1, requestLine.lastIndexOf(' '));
  const question = target.indexOf('?');
  return question === -1 ? {} : parseSearch(target.slice(question + 1));
}
