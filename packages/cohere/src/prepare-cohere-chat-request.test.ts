import type { Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './cohere-native-codec';
import { createTestRequest, testModel, utf8 } from './test-request.test-support';

const prepare = (overrides: Parameters<typeof createTestRequest>[0]) =>
  nativeCodec.prepareRequest(createTestRequest(overrides), testModel()).body as Record<string, unknown>;

const weatherTool = {
  name: 'get_weather',
  description: 'Current weather',
  inputSchema: { type: 'object', properties: { city: { type: 'string', description: 'City name' } }, required: ['city'] },
};

describe('Command R native body', () => {
  it('sends a prompt as message only', () => {
    expect(prepare({})).toEqual({ message: 'Hello' });
  });

  it('maps system, inference settings and merges additionalModelRequestFields last', () => {
    const body = prepare({
      system: 'Be brief.',
      maxTokens: 300,
      temperature: 0.2,
      topP: 0.9,
      stopSequences: ['END'],
      additionalModelRequestFields: { k: 40, seed: 7, temperature: 0.5 },
    });
    expect(body).toEqual({
      message: 'Hello',
      preamble: 'Be brief.',
      max_tokens: 300,
      temperature: 0.5,
      p: 0.9,
      stop_sequences: ['END'],
      k: 40,
      seed: 7,
    });
  });

  it('puts earlier turns in chat_history as USER / CHATBOT and the last user text in message', () => {
    const messages: Message[] = [
      { role: 'user', content: 'Who discovered gravity?' },
      { role: 'assistant', content: [{ type: 'text', text: 'Isaac Newton.' }] },
      { role: 'user', content: [{ type: 'text', text: 'When?' }, { type: 'text', text: 'Give the year.' }] },
    ];
    expect(prepare({ messages })).toEqual({
      message: 'When?\n\nGive the year.',
      chat_history: [
        { role: 'USER', message: 'Who discovered gravity?' },
        { role: 'CHATBOT', message: 'Isaac Newton.' },
      ],
    });
  });

  it('collects text documents of every user turn into documents, in order, titled by name', () => {
    const messages: Message[] = [
      { role: 'user', content: [{ type: 'document', data: utf8('Tall penguins: emperor, 1.2 m.'), mediaType: 'text/plain', name: 'penguins' }, { type: 'text', text: 'Read this.' }] },
      { role: 'assistant', content: 'Done.' },
      {
        role: 'user',
        content: [
          { type: 'document', data: btoa('# Habitats\nAntarctica'), mediaType: 'text/markdown' },
          { type: 'document', data: utf8('a,b\n1,2'), mediaType: 'text/csv', name: 'table' },
          { type: 'text', text: 'Which penguin is tallest?' },
        ],
      },
    ];
    const body = prepare({ messages });
    expect(body.documents).toEqual([
      { title: 'penguins', snippet: 'Tall penguins: emperor, 1.2 m.' },
      { snippet: '# Habitats\nAntarctica' },
      { title: 'table', snippet: 'a,b\n1,2' },
    ]);
    expect(body.message).toBe('Which penguin is tallest?');
    expect(body.chat_history).toEqual([
      { role: 'USER', message: 'Read this.' },
      { role: 'CHATBOT', message: 'Done.' },
    ]);
  });

  it('converts tools to parameter_definitions', () => {
    expect(prepare({ tools: [weatherTool] }).tools).toEqual([
      {
        name: 'get_weather',
        description: 'Current weather',
        parameter_definitions: { city: { description: 'City name', type: 'str', required: true } },
      },
    ]);
  });

  it("omits tools for toolChoice 'none' and keeps them for 'auto'", () => {
    expect(prepare({ tools: [weatherTool], toolChoice: 'none' }).tools).toBeUndefined();
    expect(prepare({ tools: [weatherTool], toolChoice: 'auto' }).tools).toHaveLength(1);
  });

  it('sends the tool results of the last user turn as tool_results, with the call they answer', () => {
    const messages: Message[] = [
      { role: 'user', content: 'Weather in Paris and Rome?' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'I will look both up.' },
          { type: 'tool-call', id: 'cohere-tool-0', name: 'get_weather', input: { city: 'Paris' } },
          { type: 'tool-call', id: 'cohere-tool-1', name: 'get_weather', input: { city: 'Rome' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool-result', id: 'cohere-tool-0', name: 'get_weather', output: { temperature: 21 } },
          { type: 'tool-result', id: 'cohere-tool-1', name: 'get_weather', output: 'sunny, 25 C' },
        ],
      },
    ];
    const body = prepare({ messages, tools: [weatherTool] });
    expect(body.message).toBe('');
    expect(body.chat_history).toEqual([
      { role: 'USER', message: 'Weather in Paris and Rome?' },
      {
        role: 'CHATBOT',
        message: 'I will look both up.',
        tool_calls: [
          { name: 'get_weather', parameters: { city: 'Paris' } },
          { name: 'get_weather', parameters: { city: 'Rome' } },
        ],
      },
    ]);
    expect(body.tool_results).toEqual([
      { call: { name: 'get_weather', parameters: { city: 'Paris' } }, outputs: [{ temperature: 21 }] },
      { call: { name: 'get_weather', parameters: { city: 'Rome' } }, outputs: [{ text: 'sunny, 25 C' }] },
    ]);
  });

  it('pairs results with the newest call of a reused ID, and keeps older results as TOOL history entries', () => {
    const messages: Message[] = [
      { role: 'user', content: 'Paris?' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'cohere-tool-0', name: 'get_weather', input: { city: 'Paris' } }] },
      { role: 'user', content: [{ type: 'tool-result', id: 'cohere-tool-0', name: 'get_weather', output: [{ t: 21 }, { t: 22 }] }] },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'cohere-tool-0', name: 'get_weather', input: { city: 'Rome' } }] },
      { role: 'user', content: [{ type: 'tool-result', id: 'cohere-tool-0', name: 'get_weather', output: 'down', isError: true }] },
    ];
    const body = prepare({ messages, tools: [weatherTool] });
    expect(body.chat_history).toEqual([
      { role: 'USER', message: 'Paris?' },
      { role: 'CHATBOT', message: '', tool_calls: [{ name: 'get_weather', parameters: { city: 'Paris' } }] },
      { role: 'TOOL', tool_results: [{ call: { name: 'get_weather', parameters: { city: 'Paris' } }, outputs: [{ t: 21 }, { t: 22 }] }] },
      { role: 'CHATBOT', message: '', tool_calls: [{ name: 'get_weather', parameters: { city: 'Rome' } }] },
    ]);
    expect(body.tool_results).toEqual([{ call: { name: 'get_weather', parameters: { city: 'Rome' } }, outputs: [{ error: 'down' }] }]);
  });

  it('falls back to the result name and empty parameters when no matching call is in the history', () => {
    const messages: Message[] = [{ role: 'user', content: [{ type: 'tool-result', id: 'x', name: 'lookup', output: 42 }] }];
    expect(prepare({ messages }).tool_results).toEqual([{ call: { name: 'lookup', parameters: {} }, outputs: [{ text: '42' }] }]);
  });
});
