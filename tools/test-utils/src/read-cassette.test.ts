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
