import { describe, expect, it } from 'vitest';
import { nativeCodec } from './openai-oss-native-codec';
import { resolveOpenaiOssModel } from './resolve-openai-oss-model';
import { makeRequest } from '../test/stream-test-helpers';

const model = resolveOpenaiOssModel({ modelId: 'openai.gpt-oss-20b-1:0', baseModelId: 'openai.gpt-oss-20b-1:0' })!;
const prepare = (overrides: Parameters<typeof makeRequest>[0]) => nativeCodec.prepareRequest(makeRequest(overrides), model);
const weatherSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };

describe('openai-oss native tools', () => {
  it('sends function tools with their JSON Schema as parameters', () => {
    const { body } = prepare({
      tools: [{ name: 'weather', description: 'Current weather', inputSchema: weatherSchema }, { name: 'time', inputSchema: { type: 'object' } }],
    });
    expect(body).toMatchObject({
      tools: [
        { type: 'function', function: { name: 'weather', description: 'Current weather', parameters: weatherSchema } },
        { type: 'function', function: { name: 'time', parameters: { type: 'object' } } },
      ],
    });
    expect((body as { tools: { function: object }[] }).tools[1]!.function).not.toHaveProperty('description');
    expect(body).not.toHaveProperty('tool_choice');
  });

  it.each([
    ['auto', 'auto'],
    ['none', 'none'],
    ['required', 'required'],
    [{ tool: 'weather' }, { type: 'function', function: { name: 'weather' } }],
  ] as const)('maps toolChoice %j to tool_choice %j', (toolChoice, expected) => {
    const { body } = prepare({ tools: [{ name: 'weather', inputSchema: weatherSchema }], toolChoice });
    expect(body).toMatchObject({ tool_choice: expected });
  });

  it('sends tool calls as assistant tool_calls and results as tool messages without a name', () => {
    const { body } = prepare({
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Checking.' },
            { type: 'tool-call', id: 'call_1', name: 'weather', input: { city: 'Paris' } },
            { type: 'tool-call', id: 'call_2', name: 'time', input: undefined },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Thanks' },
            { type: 'tool-result', id: 'call_1', name: 'weather', output: { tempC: 21 } },
            { type: 'tool-result', id: 'call_2', name: 'time', output: 'offline', isError: true },
          ],
        },
      ],
    });
    expect((body as { messages: unknown[] }).messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_2', type: 'function', function: { name: 'time', arguments: '{}' } },
        ],
      },
      // tool messages come first: chat completions wants them right after the tool calls
      { role: 'tool', tool_call_id: 'call_1', content: '{"tempC":21}' },
      { role: 'tool', tool_call_id: 'call_2', content: 'Error: offline' },
      { role: 'user', content: 'Thanks' },
    ]);
  });

  it('omits content on an assistant turn that only calls tools', () => {
    const { body } = prepare({
      messages: [{ role: 'assistant', content: [{ type: 'tool-call', id: 'c', name: 'f', input: { a: 1 } }] }],
    });
    expect((body as { messages: object[] }).messages[0]).toEqual({
      role: 'assistant',
      tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }],
    });
  });
});
