import { InputError, type Message, type ModelRequest } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeBody } from './model-request.test-support';

function inputError(overrides: Partial<ModelRequest>): InputError {
  try {
    nativeBody(overrides);
  } catch (error) {
    expect(InputError.isInstance(error)).toBe(true);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const user = (content: Message['content']): Message => ({ role: 'user', content });
const assistant = (content: Message['content']): Message => ({ role: 'assistant', content });

describe('native body: InputError, never a silently dropped part', () => {
  it('refuses an image type Claude does not read', () => {
    const error = inputError({ messages: [user([{ type: 'image', data: 'AA==', mediaType: 'image/tiff' }])] });
    expect(error.message).toMatch(/anthropic native InvokeModel can't carry an image part of type image\/tiff/);
  });

  it('refuses a document format the Messages API has no source for, pointing at Converse', () => {
    const error = inputError({
      messages: [user([{ type: 'document', data: 'AA==', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }])],
    });
    expect(error.message).toMatch(/document part .*useConverse: true/);
  });

  it('refuses reasoning without a signature', () => {
    const error = inputError({ messages: [user('hi'), assistant([{ type: 'reasoning', text: 'x' }]), user('again')] });
    expect(error.message).toMatch(/reasoning part without its signature/);
  });

  it.each([
    ['a tool-call in a user message', user([{ type: 'tool-call', id: 'a', name: 'f', input: {} }]), /tool-call part in a user message/],
    ['a tool-result in an assistant message', assistant([{ type: 'tool-result', id: 'a', name: 'f', output: 1 }]), /tool-result part in an assistant message/],
    ['reasoning in a user message', user([{ type: 'reasoning', text: 'x', signature: 's' }]), /reasoning part in a user message/],
    ['an image in an assistant message', assistant([{ type: 'image', data: 'AA==', mediaType: 'image/png' }]), /image part in an assistant message/],
    ['a document in an assistant message', assistant([{ type: 'document', data: 'AA==', mediaType: 'application/pdf' }]), /document part in an assistant message/],
  ])('refuses %s', (_, message, pattern) => {
    expect(inputError({ messages: [user('hi'), message] }).message).toMatch(pattern);
  });

  it('refuses a tool-call input that is not a JSON object', () => {
    const error = inputError({ messages: [user('hi'), assistant([{ type: 'tool-call', id: 'a', name: 'f', input: 'not json' }])] });
    expect(error.message).toMatch(/input of tool-call part "f" to be a JSON object/);
  });

  // Roles, an empty conversation and tool-choice pairing are checked by the facade before any
  // family runs (packages/bedrock/src/prepare-model-request.test.ts); the codec does not repeat them.
  it('leaves the shared message and tool-choice rules to the facade', () => {
    expect(() => nativeBody({ messages: [] })).not.toThrow();
    expect(nativeBody({ toolChoice: 'required' })).not.toHaveProperty('tool_choice');
  });

  it('refuses forced tool use together with extended thinking', () => {
    const tools = [{ name: 'a', inputSchema: { type: 'object' } }];
    const thinking = { thinking: { type: 'enabled', budget_tokens: 1024 } };
    expect(inputError({ tools, toolChoice: 'required', additionalModelRequestFields: thinking }).message).toMatch(/extended thinking allows toolChoice 'auto' or 'none'/);
    expect(() => nativeBody({ tools, toolChoice: 'auto', additionalModelRequestFields: thinking })).not.toThrow();
    expect(() => nativeBody({ tools, toolChoice: 'required', additionalModelRequestFields: { thinking: { type: 'disabled' } } })).not.toThrow();
  });

  it('refuses a malformed cache option', () => {
    expect(inputError({ providerOptions: { anthropicPromptCache: true, anthropicPromptCacheTtl: '2h' } }).message).toMatch(/'5m' or '1h'/);
    expect(inputError({ providerOptions: { anthropicPromptCache: 'yes' } }).message).toMatch(/anthropicPromptCache must be a boolean/);
  });
});
