import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One exchange of a vendored VCR.py cassette (see `__fixtures__/SOURCE.md`). */
export interface FixtureExchange {
  request: { uri: string; body: unknown };
  response: { status: number; headers: Record<string, string[]>; body: Uint8Array; parsedBody?: unknown };
}

/**
 * Reads `__fixtures__/<name>.yaml`. PyYAML continues long single-quoted scalars on lines indented
 * only as deep as their key, which the `yaml` package rejects; those lines get two more spaces (not
 * content in a folded scalar), as `@bedrock-kit/test-utils`' cassette reader does.
 */
export function readFixture(name: string): FixtureExchange[] {
  const text = readFileSync(new URL(`./__fixtures__/${name}.yaml`, import.meta.url), 'utf8');
  const doc = parse(indentQuotedContinuations(text)) as { interactions: Record<string, any>[] };
  return doc.interactions.map(({ request, response }) => {
    const raw = response.body?.string ?? response.body;
    const headers: Record<string, string[]> = {};
    for (const [key, value] of Object.entries((response.headers ?? {}) as Record<string, unknown>)) {
      headers[key.toLowerCase()] = (Array.isArray(value) ? value : [value]).map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v)));
    }
    return {
      request: { uri: request.uri, body: typeof request.body === 'string' ? JSON.parse(request.body) : request.body },
      response: {
        status: response.status?.code ?? response.status,
        headers,
        body: raw instanceof Uint8Array ? new Uint8Array(raw) : typeof raw === 'string' ? new TextEncoder().encode(raw) : new Uint8Array(),
        ...(response.parsed_body !== undefined ? { parsedBody: response.parsed_body } : {}),
      },
    };
  });
}

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

function closesQuote(rest: string): boolean {
  return /(^|[^'])('')*'\s*$/.test(rest.replace(/''/g, ''));
}
