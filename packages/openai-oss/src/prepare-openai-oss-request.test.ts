import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './openai-oss-native-codec';
import { resolveOpenaiOssModel } from './resolve-openai-oss-model';
import { makeRequest } from '../test/stream-test-helpers';

const model = resolveOpenaiOssModel({ modelId: 'openai.gpt-oss-120b-1:0', baseModelId: 'openai.gpt-oss-120b-1:0' })!;
const prepare = (overrides: Parameters<typeof makeRequest>[0]) => nativeCodec.prepareRequest(makeRequest(overrides), model);

describe('openai-oss native request body', () => {
  it('builds the chat-completions body with the documented field names', () => {
    const { body, warnings } = prepare({
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hello' }],
      maxTokens: 256,
      temperature: 0.5,
      topP: 0.9,
      stopSequences: ['END'],
    });
    expect(body).toEqual({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello' },
      ],
      max_completion_tokens: 256,
      temperature: 0.5,
      top_p: 0.9,
      stop: ['END'],
    });
    expect(warnings).toBeUndefined();
  });

  it('leaves out unset settings, model and stream (Bedrock fills those in)', () => {
    const { body } = prepare({ messages: [{ role: 'user', content: 'Hi' }], stopSequences: [] });
    expect(body).toEqual({ messages: [{ role: 'user', content: 'Hi' }] });
  });

  it('keeps temperature 0 (a falsy value is still set)', () => {
    expect(prepare({ temperature: 0 }).body).toMatchObject({ temperature: 0 });
  });

  it('merges additionalModelRequestFields at the top level, last', () => {
    const { body } = prepare({ maxTokens: 10, additionalModelRequestFields: { reasoning_effort: 'high', max_completion_tokens: 99 } });
    expect(body).toMatchObject({ reasoning_effort: 'high', max_completion_tokens: 99 });
  });

  it('joins several text parts of one turn and keeps the conversation order', () => {
    const messages: Message[] = [
      { role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'c' }] },
      { role: 'user', content: 'd' },
    ];
    expect(prepare({ messages }).body).toEqual({
      messages: [
        { role: 'user', content: 'a\nb' },
        { role: 'assistant', content: 'c' },
        { role: 'user', content: 'd' },
      ],
    });
  });

  it('skips an empty system prompt', () => {
    expect((prepare({ system: '' }).body as { messages: unknown[] }).messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('does not send reasoning of earlier turns, and says so in a warning', () => {
    const { body, warnings } = prepare({
      messages: [
        { role: 'user', content: 'q1' },
        { role: 'assistant', content: [{ type: 'reasoning', text: 'thinking' }, { type: 'text', text: 'a1' }] },
        { role: 'assistant', content: [{ type: 'reasoning', text: 'only reasoning' }] },
        { role: 'user', content: 'q2' },
      ],
    });
    expect(body).toEqual({
      messages: [
        { role: 'user', content: 'q1' },
        { role: 'assistant', content: 'a1' },
        { role: 'user', content: 'q2' },
      ],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings![0]).toMatch(/2 reasoning part\(s\).*useConverse: true/);
  });
});

describe('openai-oss native request refusals', () => {
  const png = { type: 'image' as const, data: 'iVBORw0KGgo=', mediaType: 'image/png' };
  const pdf = { type: 'document' as const, data: 'JVBERi0=', mediaType: 'application/pdf', name: 'doc' };

  it.each([
    ['image', png, /can't carry image parts in user messages \(messages\[0\]\): gpt-oss takes text/],
    ['document', pdf, /can't carry document parts in user messages \(messages\[0\]\): gpt-oss takes text/],
  ])('refuses %s parts with an InputError naming the part and the route', (_name, part, pattern) => {
    const call = () => prepare({ messages: [{ role: 'user', content: [{ type: 'text', text: 'look' }, part] }] });
    expect(call).toThrow(InputError);
    expect(call).toThrow(/openai-oss native InvokeModel/);
    expect(call).toThrow(pattern);
  });

  it('refuses images in assistant turns too', () => {
    expect(() => prepare({ messages: [{ role: 'assistant', content: [png] }] })).toThrow(/image parts in assistant messages \(messages\[0\]\)/);
  });

  it('refuses a tool call in a user turn', () => {
    const call = () => prepare({ messages: [{ role: 'user', content: [{ type: 'tool-call', id: '1', name: 'f', input: {} }] }] });
    expect(call).toThrow(InputError);
    expect(call).toThrow(/can't carry tool-call parts in user messages.*assistant tool calls/);
  });

  it('refuses a tool result in an assistant turn', () => {
    const call = () =>
      prepare({ messages: [{ role: 'assistant', content: [{ type: 'tool-result', id: '1', name: 'f', output: 1 }] }] });
    expect(call).toThrow(InputError);
    expect(call).toThrow(/can't carry tool-result parts in assistant messages.*user tool results/);
  });

  // The facade refuses a toolChoice that needs tools or names an unknown tool before any codec runs
  // (packages/bedrock/src/prepare-model-request.test.ts), so the codec does not check it again.
  it.each(['required' as const, { tool: 'f' }])('leaves the toolChoice %j checks to the facade: without tools it sends no tool_choice', (toolChoice) => {
    expect(prepare({ toolChoice }).body).toEqual({ messages: [{ role: 'user', content: 'Hi' }] });
  });

  it.each(['auto' as const, 'none' as const])('accepts toolChoice %s without tools (same meaning as none given)', (toolChoice) => {
    expect(prepare({ toolChoice }).body).toEqual({ messages: [{ role: 'user', content: 'Hi' }] });
  });
});
