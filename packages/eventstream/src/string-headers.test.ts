import { describe, expect, it } from 'vitest';
import { decodeEventStreamMessage } from './decode-event-stream-message';
import { encodeEventStreamMessage } from './encode-event-stream-message';
import { readStringHeader } from './read-string-header';
import { stringHeaders } from './string-headers';

describe('stringHeaders and readStringHeader', () => {
  it('wraps every value as a string header, in order', () => {
    expect(stringHeaders({ ':message-type': 'event', ':event-type': 'chunk' })).toEqual({
      ':message-type': { type: 'string', value: 'event' },
      ':event-type': { type: 'string', value: 'chunk' },
    });
  });

  it('keeps a __proto__ key from JSON as a header', () => {
    const headers = stringHeaders(JSON.parse('{"__proto__":"x"}') as Record<string, string>);
    expect(Object.keys(headers)).toEqual(['__proto__']);
    expect(readStringHeader({ headers, payload: new Uint8Array(0) }, '__proto__')).toBe('x');
  });

  it('reads string headers from a decoded message', () => {
    const frame = encodeEventStreamMessage({
      headers: { ...stringHeaders({ ':event-type': 'messageStop' }), count: { type: 'integer', value: 3 } },
      payload: new Uint8Array(0),
    });
    const message = decodeEventStreamMessage(frame);
    expect(readStringHeader(message, ':event-type')).toBe('messageStop');
    expect(readStringHeader(message, 'count')).toBeUndefined();
    expect(readStringHeader(message, ':exception-type')).toBeUndefined();
    expect(readStringHeader(message, 'toString')).toBeUndefined();
  });
});
