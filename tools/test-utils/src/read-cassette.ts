import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { conformancePath } from './conformance-path';

/** One recorded HTTP exchange of a VCR.py cassette. */
export interface RecordedExchange {
  request: { method: string; uri: string; headers: Record<string, string[]>; body: string | undefined };
  response: {
    status: number;
    headers: Record<string, string[]>;
    /** Exact response bytes (binary event streams stay byte-exact). */
    body: Uint8Array;
    /** The pydantic-ai cassettes store many JSON bodies re-emitted as YAML here. */
    parsedBody?: unknown;
  };
}

/**
 * Reads a cassette from `recorded/<source>/<name>.yaml`. YAML `!!binary`
 * values come back as bytes; everything is normalised to one shape.
 */
export function readCassette(source: 'openllmetry' | 'pydantic-ai', name: string): RecordedExchange[] {
  return readCassetteFile(conformancePath('recorded', source, name.endsWith('.yaml') ? name : `${name}.yaml`));
}

/** Reads a VCR.py cassette from any path (a package's own `src/__fixtures__/`), in the same shape as `readCassette`. */
export function readCassetteFile(file: string): RecordedExchange[] {
  const doc = parse(indentQuotedContinuations(readFileSync(file, 'utf8'))) as { interactions: Record<string, any>[] };
  return doc.interactions.map((interaction) => {
    const { request, response } = interaction;
    const bodyOf = (value: unknown): Uint8Array => {
      if (value === undefined || value === null) return new Uint8Array();
      if (value instanceof Uint8Array) return new Uint8Array(value);
      if (typeof value === 'string') return new TextEncoder().encode(value);
      return new TextEncoder().encode(JSON.stringify(value));
    };
    const responseBody = response.body?.string ?? response.body;
    const requestBody = request.body ?? request.parsed_body;
    return {
      request: {
        method: request.method,
        uri: request.uri,
        headers: normaliseHeaders(request.headers),
        body:
          requestBody === undefined || requestBody === null
            ? undefined
            : typeof requestBody === 'string'
              ? requestBody
              : requestBody instanceof Uint8Array
                ? new TextDecoder().decode(requestBody)
                : JSON.stringify(requestBody),
      },
      response: {
        status: response.status?.code ?? response.status,
        headers: normaliseHeaders(response.headers),
        body: bodyOf(responseBody),
        ...(response.parsed_body !== undefined ? { parsedBody: response.parsed_body } : {}),
      },
    };
  });
}

function normaliseHeaders(headers: Record<string, unknown> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    out[name.toLowerCase()] = values.map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v)));
  }
  return out;
}

/**
 * PyYAML writes long single-quoted scalars with continuation lines indented
 * only as deep as their key, which YAML 1.2 (and the `yaml` package) rejects.
 * Indenting those lines two more spaces changes nothing in the value: leading
 * white space of a folded continuation line is not content.
 */
function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (open) {
      lines[i] = `  ${line}`;
      if (closesQuote(line)) open = false;
      continue;
    }
    const match = /^\s*(?:- )?[\w-]+: '(.*)$/.exec(line);
    if (match && !closesQuote(match[1]!)) open = true;
  }
  return lines.join('\n');
}

/** Whether a single-quoted scalar ends on this line ('' is an escaped quote). */
function closesQuote(rest: string): boolean {
  return /(^|[^'])('')*'\s*$/.test(rest.replace(/''/g, ''));
}

/**
 * Reads a dd-apm-test-agent VCR recording (dd-trace-js: `{ request: { method, url, headers, body },
 * response: { status: { code }, headers, body } }`, a binary body as `base64:…`), in the same shape as `readCassette`.
 */
export function readTestAgentCassetteFile(file: string): RecordedExchange {
  const { request, response } = JSON.parse(readFileSync(file, 'utf8')) as {
    request: { method: string; url: string; headers: Record<string, string>; body: string };
    response: { status: { code: number }; headers: Record<string, string>; body: string };
  };
  const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), [value]]));
  const body = response.body.startsWith('base64:')
    ? Uint8Array.from(atob(response.body.slice('base64:'.length)), (char) => char.charCodeAt(0))
    : new TextEncoder().encode(response.body);
  return {
    request: { method: request.method, uri: request.url, headers: lower(request.headers), body: request.body },
    response: { status: response.status.code, headers: lower(response.headers), body },
  };
}

/** The model ID a recorded Bedrock request was sent to (`/model/{id}/…`, decoded). */
export function readRecordedModelId(exchange: RecordedExchange): string {
  return decodeURIComponent(new URL(exchange.request.uri).pathname.split('/')[2]!);
}

/** A recorded response's headers as web `Headers` (repeated values joined). */
export function readRecordedHeaders(exchange: RecordedExchange): Headers {
  return new Headers(Object.entries(exchange.response.headers).map(([name, values]) => [name, values.join(', ')] as [string, string]));
}
