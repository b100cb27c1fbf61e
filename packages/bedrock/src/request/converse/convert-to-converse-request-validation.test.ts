import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import { InputError, type Message, type ModelRequest, type ModelTool } from '@bedrock-kit/core';
import { convertToConverseRequest } from './convert-to-converse-request';
import { loadRefusalMessages } from '../refusal/refuse-request';

// Round two's parts are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());
// Refusals get their texts on use (decision 0026): these synchronous checks are read with the texts loaded.
beforeAll(() => loadRefusalMessages());

const request = (messages: Message[], extra: Partial<ModelRequest> = {}): ModelRequest => ({
  messages,
  providerOptions: {},
  stream: false,
  ...extra,
});
const tools: ModelTool[] = [{ name: 'lookup', inputSchema: { type: 'object' } }];

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(InputError.isInstance(error)).toBe(true);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('convertToConverseRequest: validation before the network', () => {
  it('refuses empty messages', () => {
    expect(inputErrorOf(() => convertToConverseRequest(request([])))).toHaveProperty('message', expect.stringMatching(/messages is empty/));
  });

  it('refuses a conversation that does not start with the user', () => {
    const error = inputErrorOf(() => convertToConverseRequest(request([{ role: 'assistant', content: 'Hi' }])));
    expect(error.message).toMatch(/must start with a user message/);
  });

  it.each<[string, Message['content']]>([
    ['empty string', ''],
    ['no parts', []],
    ['blank text parts', [{ type: 'text', text: ' ' }, { type: 'text', text: '' }]],
  ])('refuses a blank text-only message (%s)', (_, content) => {
    const error = inputErrorOf(() => convertToConverseRequest(request([{ role: 'user', content: 'Hi' }, { role: 'assistant', content }])));
    expect(error.message).toMatch(/messages\[1\] has no content/);
  });

  it('refuses a role other than user, assistant or system', () => {
    const messages = [{ role: 'user', content: 'Hi' }, { role: 'developer', content: 'Be terse.' }] as unknown as Message[];
    expect(inputErrorOf(() => convertToConverseRequest(request(messages))).message).toMatch(/messages\[1\]\.role is "developer": use 'user', 'assistant' or 'system'/);
  });

  it('refuses a tool result without a matching earlier tool call', () => {
    const messages: Message[] = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'a', name: 'lookup', input: {} }] },
      { role: 'user', content: [{ type: 'tool-result', id: 'b', name: 'lookup', output: 'x' }] },
    ];
    const error = inputErrorOf(() => convertToConverseRequest(request(messages, { tools })));
    expect(error.message).toMatch(/messages\[2\]\.content\[0\].*"b" answers no earlier tool-call/);
    const resultFirst: Message[] = [
      { role: 'user', content: [{ type: 'tool-result', id: 'a', name: 'lookup', output: 'x' }] },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'a', name: 'lookup', input: {} }] },
    ];
    expect(() => convertToConverseRequest(request(resultFirst, { tools }))).toThrow(/answers no earlier tool-call/);
  });

  it('refuses an empty tool-call id', () => {
    const messages: Message[] = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'tool-call', id: '', name: 'lookup', input: {} }] },
    ];
    expect(() => convertToConverseRequest(request(messages, { tools }))).toThrow(/tool-call id must be a non-empty string/);
  });

  it.each(['bad.name', 'with space', '', 'x'.repeat(65), 'ünïcode'])('refuses the tool name %j', (name) => {
    const error = inputErrorOf(() =>
      convertToConverseRequest(request([{ role: 'user', content: 'go' }], { tools: [{ name, inputSchema: { type: 'object' } }] })),
    );
    expect(error.message).toContain('^[a-zA-Z0-9_-]{1,64}$');
  });

  it('refuses an invalid tool name in a tool call of the history', () => {
    const messages: Message[] = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'a', name: 'ns.lookup', input: {} }] },
    ];
    expect(() => convertToConverseRequest(request(messages, { tools }))).toThrow(/messages\[1\]\.content\[0\] \(tool-call\).*"ns\.lookup"/);
  });

  it('refuses an image or document media type Converse cannot carry, naming the part and the route', () => {
    const image = inputErrorOf(() =>
      convertToConverseRequest(request([{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image', data: 'AA==', mediaType: 'image/bmp' }] }])),
    );
    expect(image.message).toMatch(/messages\[0\]\.content\[1\]: Converse can't carry image type "image\/bmp"/);
    expect(image.message).toContain('image/png');
    const document = inputErrorOf(() =>
      convertToConverseRequest(
        request([{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'document', data: 'AA==', mediaType: 'application/zip' }] }]),
      ),
    );
    expect(document.message).toMatch(/Converse can't carry document type "application\/zip"/);
  });

  it('refuses parts in a role Converse does not accept them from', () => {
    const cases: [Message[], RegExp][] = [
      [
        [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: [{ type: 'image', data: 'AA==', mediaType: 'image/png' }] },
        ],
        /messages\[1\]\.content\[0\]: Converse takes image parts only in user messages/,
      ],
      [[{ role: 'user', content: [{ type: 'reasoning', text: 'hmm' }] }], /reasoning parts only in assistant messages/],
      [[{ role: 'user', content: [{ type: 'tool-call', id: 'a', name: 'lookup', input: {} }] }], /tool-call parts only in assistant messages/],
    ];
    for (const [messages, pattern] of cases) expect(() => convertToConverseRequest(request(messages, { tools }))).toThrow(pattern);
  });

  it('refuses a document without a text part in the same turn', () => {
    const messages: Message[] = [{ role: 'user', content: [{ type: 'document', data: 'AA==', mediaType: 'application/pdf', name: 'a' }] }];
    expect(() => convertToConverseRequest(request(messages))).toThrow(/document part needs a text part too/);
  });

  it('refuses an unknown part type instead of dropping it', () => {
    const messages = [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'audio', data: 'AA==' }] }] as unknown as Message[];
    expect(() => convertToConverseRequest(request(messages))).toThrow(/messages\[0\]\.content\[1\]: unknown part type "audio"/);
  });
});
