import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import type { Message, ModelRequest } from '@bedrock-kit/core';
import { convertToConverseRequest } from './convert-to-converse-request';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());

const request = (messages: Message[], extra: Partial<ModelRequest> = {}): ModelRequest => ({
  messages,
  providerOptions: {},
  stream: false,
  ...extra,
});
const tools = [{ name: 'lookup', inputSchema: { type: 'object' } }];
const roles = (messages: { role: string }[]) => messages.map((m) => m.role);

describe('convertToConverseRequest: turn merging', () => {
  it('merges consecutive same-role messages into one turn, in order', () => {
    const { body } = convertToConverseRequest(
      request([
        { role: 'user', content: 'one' },
        { role: 'user', content: [{ type: 'text', text: 'two' }] },
        { role: 'assistant', content: 'three' },
        { role: 'assistant', content: 'four' },
        { role: 'user', content: 'five' },
      ]),
    );
    expect(body.messages).toEqual([
      { role: 'user', content: [{ text: 'one' }, { text: 'two' }] },
      { role: 'assistant', content: [{ text: 'three' }, { text: 'four' }] },
      { role: 'user', content: [{ text: 'five' }] },
    ]);
  });

  it('moves tool results given in an assistant message to a user turn, keeping the order around them', () => {
    const { body } = convertToConverseRequest(
      request(
        [
          { role: 'user', content: 'go' },
          {
            role: 'assistant',
            content: [
              { type: 'tool-call', id: 't1', name: 'lookup', input: {} },
              { type: 'tool-result', id: 't1', name: 'lookup', output: 'found' },
              { type: 'text', text: 'It was found.' },
            ],
          },
        ],
        { tools },
      ),
    );
    expect(roles(body.messages)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(body.messages[2]!.content).toEqual([{ toolResult: { toolUseId: 't1', content: [{ text: 'found' }] } }]);
    expect(body.messages[3]!.content).toEqual([{ text: 'It was found.' }]);
  });

  it('puts tool results first in their user turn, ahead of text given before them', () => {
    const { body } = convertToConverseRequest(
      request(
        [
          { role: 'user', content: 'go' },
          { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'lookup', input: {} }] },
          { role: 'user', content: 'Here is the result:' },
          { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'lookup', output: 'found' }] },
        ],
        { tools },
      ),
    );
    expect(body.messages).toHaveLength(3);
    expect(body.messages[2]!.content.map((b) => Object.keys(b)[0])).toEqual(['toolResult', 'text']);
  });

  it('leaves out empty text parts of a message that has other content', () => {
    const { body } = convertToConverseRequest(
      request([
        { role: 'user', content: [{ type: 'text', text: '' }, { type: 'text', text: 'real' }, { type: 'text', text: '\n' }] },
      ]),
    );
    expect(body.messages[0]!.content).toEqual([{ text: 'real' }, { text: '\n' }]);
  });
});
