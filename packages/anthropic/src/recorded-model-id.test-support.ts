import { readFileSync } from 'node:fs';
import { conformancePath } from '@bedrock-kit/test-utils';

/**
 * The model ID in a cassette's request URIs (percent-decoded once). Reads the raw YAML text:
 * test_anthropic_cross_region.yaml has a body scalar the strict `yaml` parser behind
 * `readCassette` rejects, and only the `uri:` lines are needed here.
 */
export function recordedModelId(source: 'openllmetry' | 'pydantic-ai', name: string): string {
  const text = readFileSync(conformancePath('recorded', source, `${name}.yaml`), 'utf8');
  const match = /uri: \S+\/model\/([^/\s]+)\/(?:invoke|invoke-with-response-stream|converse|converse-stream)\s/.exec(text);
  if (!match) throw new Error(`no model URI in ${source}/${name}`);
  return decodeURIComponent(match[1]!);
}

/**
 * The first request body of a cassette, read from the raw text with YAML single-quote folding
 * (line break + indentation → one space, `''` → `'`). For test_anthropic_cross_region.yaml,
 * which the strict parser behind `readCassette` rejects.
 */
export function recordedRawRequestBody(source: 'openllmetry' | 'pydantic-ai', name: string): unknown {
  const text = readFileSync(conformancePath('recorded', source, `${name}.yaml`), 'utf8');
  const match = /body: '((?:[^']|'')*)'/.exec(text);
  if (!match) throw new Error(`no single-quoted request body in ${source}/${name}`);
  return JSON.parse(match[1]!.replace(/\s*\n\s*/g, ' ').replace(/''/g, "'"));
}
