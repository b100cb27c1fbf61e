import { describe, expect, it } from 'vitest';
import { acceptsMetaLlamaRequest } from './accepts-meta-llama-request';

const request = (content: unknown, tools?: unknown[]) => ({ messages: [{ role: 'user', content }], providerOptions: {}, stream: false, ...(tools ? { tools } : {}) }) as never;

describe('acceptsMetaLlamaRequest', () => {
  it('accepts text turns', () => {
    expect(acceptsMetaLlamaRequest(request('hi'))).toBe(true);
    expect(acceptsMetaLlamaRequest(request([{ type: 'text', text: 'hi' }]))).toBe(true);
  });
  it('sends images, documents and tools to Converse', () => {
    expect(acceptsMetaLlamaRequest(request([{ type: 'image', data: 'AA', mediaType: 'image/png' }]))).toBe(false);
    expect(acceptsMetaLlamaRequest(request([{ type: 'document', data: 'AA', mediaType: 'application/pdf' }]))).toBe(false);
    expect(acceptsMetaLlamaRequest(request('hi', [{ name: 't', inputSchema: {} }]))).toBe(false);
  });
});
