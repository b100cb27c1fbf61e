import { ConfigError, type ModelRequest } from '@bedrock-kit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from './extended/load-extended-code';
import { chooseRoute } from './choose-route';
import { resolveModelTarget } from './resolve-model-target';
import { createTestFamily } from './test-family.test-support';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());

const request = (extra: Partial<ModelRequest> = {}): ModelRequest => ({ messages: [{ role: 'user', content: 'x' }], providerOptions: {}, stream: false, ...extra });
const tool = { name: 't', inputSchema: { type: 'object' } };

describe('chooseRoute', () => {
  const family = createTestFamily();
  const known = resolveModelTarget([family], 'bedrock:test.model-v1:0');
  const unknown = resolveModelTarget([family], 'amazon.nova-lite-v1:0');

  it('uses the native codec for a known model without tools', () => {
    expect(chooseRoute(known, request())).toBe('invoke');
  });
  it('uses Converse when tools are present', () => {
    expect(chooseRoute(known, request({ tools: [tool] }))).toBe('converse');
  });
  it('honours useConverse both ways', () => {
    expect(chooseRoute(known, request({ providerOptions: { useConverse: true } }))).toBe('converse');
    expect(chooseRoute(known, request({ tools: [tool], providerOptions: { useConverse: false } }))).toBe('invoke');
  });
  it('sends unknown models and opaque ARNs through Converse', () => {
    expect(chooseRoute(unknown, request())).toBe('converse');
    expect(chooseRoute(resolveModelTarget([family], 'arn:aws:bedrock:us-east-1:1:application-inference-profile/abc'), request())).toBe('converse');
  });
  it("follows a family's defaultRoute", () => {
    const converseFirst = resolveModelTarget([createTestFamily({}, { defaultRoute: 'converse' })], 'test.m');
    expect(chooseRoute(converseFirst, request())).toBe('converse');
  });
  it('uses Converse when the model has no native API', () => {
    expect(chooseRoute(resolveModelTarget([createTestFamily({ nativeApi: false })], 'test.m'), request())).toBe('converse');
  });
  it('uses Converse when the native codec says it cannot carry the request', () => {
    const family = createTestFamily();
    const picky = { ...family, native: { ...family.native!, accepts: (r: ModelRequest) => r.messages.length < 2 } };
    const target = resolveModelTarget([picky], 'test.m');
    expect(chooseRoute(target, request())).toBe('invoke');
    expect(chooseRoute(target, request({ messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }] }))).toBe('converse');
  });
  it('sends structured output over Converse unless the row says the native codec carries it', () => {
    const responseFormat = { type: 'json' as const, schema: { type: 'object' } };
    const converseOnly = resolveModelTarget([createTestFamily({ structuredOutput: true })], 'test.m');
    const carried = resolveModelTarget([createTestFamily({ structuredOutput: true, nativeStructuredOutput: true })], 'test.m');
    expect(chooseRoute(converseOnly, request({ responseFormat }))).toBe('converse');
    expect(chooseRoute(carried, request({ responseFormat }))).toBe('invoke');
    expect(chooseRoute(carried, request({ responseFormat, providerOptions: { useConverse: true } }))).toBe('converse');
  });
  it('refuses useConverse: false without a family', () => {
    expect(() => chooseRoute(unknown, request({ providerOptions: { useConverse: false } }))).toThrow(ConfigError);
  });
  it('finds families through profile prefixes and ARNs', () => {
    expect(resolveModelTarget([family], 'us.test.model-v1:0').info?.baseModelId).toBe('test.model-v1:0');
    expect(resolveModelTarget([family], 'arn:aws:bedrock:eu-west-1:123:inference-profile/eu.test.m-v1:0').info?.baseModelId).toBe('test.m-v1:0');
  });
});
