import { ConfigError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { assertHeaders } from './assert-headers';

const TOKEN = 'Zq8KpW3xYv7RmT2nQj5L';

function messageOf(headers: unknown, label?: string): string {
  try {
    assertHeaders(headers, label);
  } catch (error) {
    expect(ConfigError.isInstance(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('assertHeaders', () => {
  it('accepts ordinary headers, printable values with spaces included', () => {
    expect(() => assertHeaders({ 'x-trace-id': 'abc 123', 'X-Custom_Header.v2': 'a=b; c="d"', empty: '' })).not.toThrow();
    expect(() => assertHeaders({})).not.toThrow();
  });

  it.each([
    ['CR', '\r'],
    ['LF', '\n'],
    ['CRLF injection', '\r\nx-injected: 1'],
    ['NUL', '\u0000'],
    ['tab', '\t'],
    ['DEL', '\u007f'],
    ['C1 NEL', '\u0085'],
  ])('refuses a value with %s, naming the header and never showing the value', (_what, control) => {
    const message = messageOf({ 'x-api-token': `${TOKEN.slice(0, 8)}${control}${TOKEN.slice(8)}` });
    expect(message).toContain('headers["x-api-token"]');
    expect(message).toContain('control character');
    for (let index = 0; index + 4 <= TOKEN.length; index++) expect(message).not.toContain(TOKEN.slice(index, index + 4));
  });

  it.each(['x bad', 'x:bad', 'x\r\nbad', '', 'x\u0000', 'é'])('refuses the header name %j', (name) => {
    expect(messageOf({ [name]: 'v' })).toContain('not a valid HTTP token');
  });

  it.each([null, 'x', ['a', 'b'], 42])('refuses %j as a whole', (headers) => {
    expect(messageOf(headers)).toContain('headers must be an object');
  });

  it('refuses a non-string value and uses the label given', () => {
    expect(messageOf({ 'x-n': 1 }, 'BEDROCK_HEADERS')).toBe('BEDROCK_HEADERS["x-n"] must be a string, not number.');
  });
});
