import { describe, expect, it } from 'vitest';
import { readCassette } from './read-cassette';

describe('readCassette', () => {
  it('keeps a recorded binary event stream byte-exact', () => {
    const [exchange] = readCassette('openllmetry', 'test_anthropic_3_completion_streaming');
    expect(exchange!.request.uri).toContain('/invoke-with-response-stream');
    const bytes = exchange!.response.body;
    // first frame: total length (big-endian) must match a sane frame size
    const total = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
    expect(total).toBeGreaterThan(16);
    expect(total).toBeLessThanOrEqual(bytes.length);
  });

  it('reads pydantic-ai parsed bodies', () => {
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_error');
    expect(exchange!.response.status).toBe(400);
  });
});

describe('readCassette on PyYAML quirks', () => {
  it('reads multi-line single-quoted bodies indented only as deep as their key', () => {
    const [exchange] = readCassette('openllmetry', 'test_anthropic_cross_region');
    const body = JSON.parse(exchange!.request.body!);
    expect(body.messages[0].content[0].text).toBe('Human: Tell me a joke about opentelemetry Assistant:');
    expect(body.guardrailConfig.guardrailIdentifier).toBe('v9kpg6yrwhs2');
  });

  it('reads every vendored cassette', async () => {
    const { readdirSync } = await import('node:fs');
    const { conformancePath } = await import('./conformance-path');
    for (const source of ['openllmetry', 'pydantic-ai'] as const) {
      for (const name of readdirSync(conformancePath('recorded', source)).filter((n) => n.endsWith('.yaml'))) {
        expect(readCassette(source, name).length, name).toBeGreaterThan(0);
      }
    }
  });
});
