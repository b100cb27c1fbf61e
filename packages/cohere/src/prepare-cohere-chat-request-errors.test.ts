import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './cohere-native-codec';
import { createTestRequest, testModel, utf8 } from './test-request.test-support';

const prepare = (overrides: Parameters<typeof createTestRequest>[0], model = testModel()) =>
  nativeCodec.prepareRequest(createTestRequest(overrides), model);

/** Runs `fn`, expecting an InputError whose message matches every pattern. */
function expectInputError(fn: () => unknown, ...patterns: RegExp[]): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(InputError.isInstance(caught), `expected an InputError, got ${String(caught)}`).toBe(true);
  for (const pattern of patterns) expect((caught as Error).message).toMatch(pattern);
}

const tool = { name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } } } };

describe('Command R native body: refusals', () => {
  it('refuses image parts, naming the part and the route', () => {
    const messages: Message[] = [{ role: 'user', content: [{ type: 'image', data: 'iVBORw0KGgo=', mediaType: 'image/png' }, { type: 'text', text: 'What is this?' }] }];
    expectInputError(() => prepare({ messages }), /native InvokeModel/, /image parts/);
  });

  it('refuses binary documents such as PDF, naming the document and pointing to Converse', () => {
    const messages: Message[] = [{ role: 'user', content: [{ type: 'document', data: utf8('%PDF-1.7'), mediaType: 'application/pdf', name: 'report' }, { type: 'text', text: 'Summarise' }] }];
    expectInputError(() => prepare({ messages }), /document part "report"/, /application\/pdf/, /native InvokeModel/, /Converse/);
  });

  it('refuses a text document that is not UTF-8', () => {
    const messages: Message[] = [{ role: 'user', content: [{ type: 'document', data: new Uint8Array([0xff, 0xfe, 0x00]), mediaType: 'text/plain' }, { type: 'text', text: 'Read' }] }];
    expectInputError(() => prepare({ messages }), /#1/, /UTF-8/);
  });

  it('refuses a conversation that does not end with a user turn', () => {
    const messages: Message[] = [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello, I' }];
    expectInputError(() => prepare({ messages }), /must end with a user message/);
  });

  it('refuses reasoning parts carried over from another model', () => {
    const messages: Message[] = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: [{ type: 'reasoning', text: 'thinking…', signature: 'sig' }, { type: 'text', text: 'Hello' }] },
      { role: 'user', content: 'Go on' },
    ];
    expectInputError(() => prepare({ messages }), /reasoning parts in an assistant message/);
  });

  it('refuses parts in the wrong role', () => {
    const toolCallInUser: Message[] = [{ role: 'user', content: [{ type: 'tool-call', id: '1', name: 'search', input: {} }] }];
    expectInputError(() => prepare({ messages: toolCallInUser }), /tool-call parts in a user message/);
    const documentInAssistant: Message[] = [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: [{ type: 'document', data: utf8('x'), mediaType: 'text/plain' }] },
      { role: 'user', content: 'b' },
    ];
    expectInputError(() => prepare({ messages: documentInAssistant }), /document parts in an assistant message/);
  });

  it('refuses a tool call whose input is not a JSON object', () => {
    const messages: Message[] = [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: [{ type: 'tool-call', id: '1', name: 'search', input: '{"q": broken' }] },
      { role: 'user', content: 'b' },
    ];
    expectInputError(() => prepare({ messages, tools: [tool] }), /tool call "search"/, /JSON object/);
  });

  it("refuses toolChoice 'required' and { tool }, which the native body can't express", () => {
    expectInputError(() => prepare({ tools: [tool], toolChoice: 'required' }), /no tool_choice/, /'required'/, /cohere\.command-r-v1:0/);
    expectInputError(() => prepare({ tools: [tool], toolChoice: { tool: 'search' } }), /no tool_choice/, /search/);
  });

  it('refuses a tool schema it cannot express', () => {
    const union = { name: 'pick', inputSchema: { type: 'object', properties: { v: { anyOf: [{ type: 'string' }, { type: 'number' }] } } } };
    expectInputError(() => prepare({ tools: [union] }), /tool "pick" parameter "v"/, /Converse/);
  });
});

describe('legacy Command text body: refusals', () => {
  const legacy = testModel('cohere.command-text-v14');

  it.each([
    ['a system prompt', { system: 'Be nice' }],
    ['tools', { tools: [tool] }],
    ['a multi-turn conversation', { messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }, { role: 'user', content: 'c' }] as Message[] }],
    ['document parts', { messages: [{ role: 'user', content: [{ type: 'document', data: utf8('x'), mediaType: 'text/plain' }] }] as Message[] }],
  ])('refuses %s', (what, overrides) => {
    expectInputError(() => prepare(overrides, legacy), new RegExp(`can't carry ${what}`), /cohere\.command-text-v14/, /Command R/);
  });
});
