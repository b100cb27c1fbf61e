import { InputError, type ModelRequest } from '@bedrock-kit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from './extended/load-extended-code';
import { checkCapabilities } from './check-capabilities';
import { resolveModelTarget } from './resolve-model-target';
import { createTestFamily } from './test-family.test-support';
import { loadRefusalMessages } from './refusal/refuse-request';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());
// Refusals get their texts on use (decision 0026): these synchronous checks are read with the texts loaded.
beforeAll(() => loadRefusalMessages());

const base = (extra: Partial<ModelRequest> = {}): ModelRequest => ({ messages: [{ role: 'user', content: 'x' }], providerOptions: {}, stream: false, ...extra });
const image = { type: 'image' as const, data: 'AAAA', mediaType: 'image/png' };
const document = { type: 'document' as const, data: 'AAAA', mediaType: 'application/pdf' };

describe('checkCapabilities', () => {
  it('names the inference profile for a profile-only bare ID', () => {
    const target = resolveModelTarget([createTestFamily()], 'test.profile-only-v1:0');
    expect(() => checkCapabilities(target, base(), 'invoke')).toThrow(/use "us\.test\.profile-only-v1:0"/);
    expect(() => checkCapabilities(resolveModelTarget([createTestFamily()], 'us.test.profile-only-v1:0'), base(), 'invoke')).not.toThrow();
  });

  it.each([
    ['eu-west-3', 'eu'],
    ['ap-northeast-1', 'apac'],
    ['us-gov-west-1', 'us-gov'],
    ['us-west-2', 'us'],
    ['sa-east-1', 'us'],
  ])('suggests the profile of the caller\'s geography: %s → %s.', (region, prefix) => {
    const target = resolveModelTarget([createTestFamily()], 'test.profile-only-v1:0');
    expect(() => checkCapabilities(target, base(), 'invoke', region)).toThrow(`use "${prefix}.test.profile-only-v1:0"`);
  });

  it.each([
    [{ tools: false }, base({ tools: [{ name: 't', inputSchema: { type: 'object' } }] }), /this Test model has no tool calling on Bedrock/],
    [{ images: false }, base({ messages: [{ role: 'user', content: [image] }] }), /no image input/],
    [{ documents: false }, base({ messages: [{ role: 'user', content: [document] }] }), /no document input/],
    [{ promptCaching: false }, base({ providerOptions: { anthropicPromptCache: true } }), /no prompt caching/],
    [{ systemPrompt: false }, base({ system: 'be brief' }), /no system prompt/],
  ])('refuses what the table says no to: %o', (capabilities, request, rule) => {
    const target = resolveModelTarget([createTestFamily(capabilities)], 'test.m');
    expect(() => checkCapabilities(target, request, 'converse')).toThrow(rule);
    expect(() => checkCapabilities(target, request, 'converse')).toThrow(InputError);
  });

  it('on the native route, refuses structured output the row keeps to Converse, or that the model lacks on every route', () => {
    const request = base({ responseFormat: { type: 'json', schema: { type: 'object' } } });
    const target = (capabilities: object) => resolveModelTarget([createTestFamily(capabilities)], 'test.m');
    expect(() => checkCapabilities(target({ structuredOutput: true }), request, 'invoke')).toThrow(
      "test.m: the native InvokeModel body can't carry structured output (outputConfig.textFormat); drop useConverse: false (Converse carries it).",
    );
    // Converse would refuse it too: the row's message, not advice to use Converse.
    for (const capabilities of [{}, { structuredOutput: false }]) {
      expect(() => checkCapabilities(target(capabilities), request, 'invoke')).toThrow('test.m: this Test model has no structured output (generateObject mode: json) on Bedrock (InvokeModel).');
    }
    expect(() => checkCapabilities(target({ structuredOutput: true, nativeStructuredOutput: true }), request, 'invoke')).not.toThrow();
    expect(() => checkCapabilities(target({ structuredOutput: true }), request, 'converse')).not.toThrow();
  });

  it('leaves unknown models to the service', () => {
    expect(() => checkCapabilities(resolveModelTarget([], 'x.y'), base({ messages: [{ role: 'user', content: [image] }] }), 'converse')).not.toThrow();
  });
});
