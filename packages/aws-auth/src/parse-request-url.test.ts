import { describe, expect, it } from 'vitest';
import { parseRequestUrl } from './parse-request-url';

describe('parseRequestUrl', () => {
  it('keeps the path encoded once and the host with its port', () => {
    const url = parseRequestUrl('http://127.0.0.1:8080/model/a%3Ab/invoke');
    expect(url).toMatchObject({ protocol: 'http:', host: '127.0.0.1:8080', hostname: '127.0.0.1', path: '/model/a%3Ab/invoke', query: {} });
  });

  it('decodes the query: `+` stays a plus, repeated keys become arrays, a stray % stays literal', () => {
    const { query } = parseRequestUrl('https://h.example/x?a=1+2&b=%20&b=two&c&d=%zz&e=&=v');
    expect(query).toEqual({ a: '1+2', b: [' ', 'two'], c: '', d: '%zz', e: '', '': 'v' });
  });
});
