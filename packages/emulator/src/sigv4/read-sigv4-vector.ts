import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawHeader } from './create-canonical-headers';
import type { SigV4Request } from './create-canonical-request';

/** One case of the aws-c-auth SigV4 suite (test helper). */
export interface SigV4Vector {
  name: string;
  context: {
    credentials: { access_key_id: string; secret_access_key: string; token?: string };
    normalize: boolean;
    region: string;
    service: string;
    timestamp: string;
    omit_session_token?: boolean;
  };
  signedRequest: SigV4Request;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/** Reads one vector folder: context and the header-mode files. */
export function readSigV4Vector(folder: string, name: string): SigV4Vector {
  const read = (file: string) => readFileSync(join(folder, name, file), 'utf8');
  return {
    name,
    context: JSON.parse(read('context.json')),
    signedRequest: parseHttpRequest(read('header-signed-request.txt')),
    canonicalRequest: read('header-canonical-request.txt'),
    stringToSign: read('header-string-to-sign.txt'),
    signature: read('header-signature.txt'),
  };
}

/**
 * Parses the suite's request text: the method up to the first space,
 * `HTTP/1.1` after the last (the path may hold spaces or raw UTF-8),
 * `Name:Value` lines with whitespace-led continuation lines, a blank line,
 * then the body.
 */
export function parseHttpRequest(text: string): SigV4Request {
  const blank = text.indexOf('\n\n');
  const head = blank === -1 ? text.replace(/\n$/, '') : text.slice(0, blank);
  const body = blank === -1 ? '' : text.slice(blank + 2);
  const [requestLine, ...lines] = head.split('\n');
  const firstSpace = requestLine!.indexOf(' ');
  const lastSpace = requestLine!.lastIndexOf(' ');
  const headers: [string, string][] = [];
  for (const line of lines) {
    if (/^\s/.test(line) && headers.length > 0) {
      headers[headers.length - 1]![1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    headers.push([line.slice(0, colon), line.slice(colon + 1)]);
  }
  return {
    method: requestLine!.slice(0, firstSpace),
    target: requestLine!.slice(firstSpace + 1, lastSpace),
    headers: headers as RawHeader[],
    body,
  };
}
