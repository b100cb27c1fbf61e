import type { Message } from '@bedrock-kit/core';
import { InputError } from '@bedrock-kit/core';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { describe, expect, it } from 'vitest';
import { collect, failure, reasoningOf, routeOf, textOf, useFamilyEmulator, weatherTools } from './family-on-the-wire.test-support';

const model = 'openai.gpt-oss-120b-1:0';
const { context, bedrock, request } = useFamilyEmulator([openaiOss]);
const fallbackWarning = /does not support tool use while streaming on Bedrock: bedrock-kit made one non-streaming call/;
const thought = {
  reply: {
    content: [
      { type: 'reasoning' as const, text: 'The user wants a count; three words will do.' },
      { type: 'text' as const, text: 'one two three' },
    ],
    usage: { inputTokens: 12, outputTokens: 20 },
  },
};

describe('openai-oss generateText on the wire', () => {
  it('native (default without tools): chat-completions body; <reasoning> tags become reasoning, not text', async () => {
    context.emulator.enqueue(thought);
    const result = await bedrock().generateText({
      model,
      system: 'Be brief.',
      prompt: 'Count to three',
      maxTokens: 100,
      stopSequences: ['four'],
      providerOptions: { additionalModelRequestFields: { reasoning_effort: 'high' } },
    });
    const sent = request(0);
    expect(sent.path).toBe(`/model/${encodeURIComponent(model)}/invoke`);
    expect(sent.body).toEqual({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Count to three' },
      ],
      max_completion_tokens: 100,
      stop: ['four'],
      reasoning_effort: 'high',
    });
    expect(result).toMatchObject({ api: 'invoke', text: 'one two three', finishReason: 'stop', usage: { inputTokens: 12, outputTokens: 20, totalTokens: 32 } });
    expect(result.reasoning).toEqual([{ text: 'The user wants a count; three words will do.' }]);
    expect(result.text).not.toContain('<reasoning>');
  });

  it('tools without a forced route go to Converse', async () => {
    const result = await bedrock().generateText({ model, prompt: 'Weather in Oslo?', tools: weatherTools });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body.toolConfig.tools[0].toolSpec).toMatchObject({ name: 'weather', inputSchema: { json: { type: 'object' } } });
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls' });
    expect(result.toolCalls).toEqual([expect.objectContaining({ name: 'weather', input: { city: expect.any(String) } })]);
  });

  it('native with tools (useConverse: false): function tools and tool_choice; tool_calls decoded', async () => {
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather in Oslo?',
      tools: weatherTools,
      toolChoice: { tool: 'weather' },
      providerOptions: { useConverse: false },
    });
    expect(routeOf(request(0))).toBe('invoke');
    expect(request(0).body).toMatchObject({
      tools: [{ type: 'function', function: { name: 'weather', description: 'Current weather for a city', parameters: { type: 'object', required: ['city'] } } }],
      tool_choice: { type: 'function', function: { name: 'weather' } },
    });
    expect(result).toMatchObject({ api: 'invoke', finishReason: 'tool-calls' });
    expect(result.toolCalls).toEqual([{ id: expect.stringMatching(/^call_/), name: 'weather', input: { city: expect.any(String) } }]);
  });

  it('native tool loop: results go back as tool messages after the assistant tool_calls', async () => {
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather in Oslo?',
      maxSteps: 2,
      tools: { weather: { ...weatherTools.weather!, execute: async () => ({ tempC: 4 }) } },
      providerOptions: { useConverse: false },
    });
    const call = result.steps[0]!.toolCalls[0]!;
    const messages = request(1).body.messages;
    expect(messages.at(-2)).toMatchObject({ role: 'assistant', tool_calls: [{ id: call.id, type: 'function', function: { name: 'weather' } }] });
    expect(messages.at(-1)).toEqual({ role: 'tool', tool_call_id: call.id, content: '{"tempC":4}' });
    expect(result.text).toBe('The tool returned: {"tempC":4}');
  });

  it('Converse (useConverse: true): reasoningContent parsed as reasoning; signatures from other models are not sent', async () => {
    const history: Message[] = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: [{ type: 'reasoning', text: 'Claude thought this.', signature: 'claude-sig' }, { type: 'text', text: 'Hello.' }] },
      { role: 'user', content: 'Count to three' },
    ];
    context.emulator.enqueue(thought);
    const result = await bedrock().generateText({ model, messages: history, providerOptions: { useConverse: true } });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body.messages[1].content[0]).toEqual({ reasoningContent: { reasoningText: { text: 'Claude thought this.' } } });
    expect(result).toMatchObject({ api: 'converse', text: 'one two three', reasoning: [{ text: 'The user wants a count; three words will do.' }] });
  });

  it('native: reasoning parts of earlier turns are left out with a warning, never silently', async () => {
    const history: Message[] = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: [{ type: 'reasoning', text: 'earlier thought' }, { type: 'text', text: 'Hello.' }] },
      { role: 'user', content: 'Again' },
    ];
    const result = await bedrock().generateText({ model, messages: history });
    expect(routeOf(request(0))).toBe('invoke');
    expect(request(0).body.messages[1]).toEqual({ role: 'assistant', content: 'Hello.' });
    expect(result.warnings).toEqual([expect.stringMatching(/1 reasoning part\(s\) of earlier turns were not sent/)]);
  });
});

describe('openai-oss streamText on the wire', () => {
  it('native: <reasoning> split across chunks streams as reasoning-delta; the last chunk keeps finish and metrics', async () => {
    context.emulator.enqueue(thought);
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Count to three' }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body.messages).toEqual([{ role: 'user', content: 'Count to three' }]);
    expect(reasoningOf(events)).toBe('The user wants a count; three words will do.');
    expect(textOf(events)).toBe('one two three');
    expect(events.some((e) => e.type === 'text-delta' && e.text.includes('<'))).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: expect.objectContaining({ inputTokens: 12, outputTokens: 20 }) });
    expect(result).toMatchObject({ api: 'invoke', text: 'one two three', reasoning: [{ text: 'The user wants a count; three words will do.' }] });
  });

  it('Converse without tools (useConverse: true): converse-stream with reasoning and text', async () => {
    context.emulator.enqueue(thought);
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Count', providerOptions: { useConverse: true } }));
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(reasoningOf(events)).toBe('The user wants a count; three words will do.');
    expect(textOf(events)).toBe('one two three');
    expect(result).toMatchObject({ api: 'converse', warnings: [] });
  });

  it('with tools (Converse): proactive fallback from the table — one non-streaming converse call replayed as events, with a warning', async () => {
    context.emulator.enqueue({
      reply: { content: [{ type: 'reasoning', text: 'Need the tool.' }, { type: 'tool-use', id: 'tooluse_9', name: 'weather', input: { city: 'Oslo' } }] },
    });
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Weather?', tools: weatherTools }));
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse']);
    expect(request(0).body.toolConfig.tools[0].toolSpec.name).toBe('weather');
    expect(events.map((e) => e.type)).toEqual(['reasoning-delta', 'tool-call', 'finish']);
    expect(events[1]).toEqual({ type: 'tool-call', id: 'tooluse_9', name: 'weather', input: { city: 'Oslo' } });
    expect(result.warnings).toEqual([expect.stringMatching(fallbackWarning)]);
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls', toolCalls: [{ id: 'tooluse_9', name: 'weather', input: { city: 'Oslo' } }] });
  });

  it('with tools and the tool loop: every step falls back, the warning is given once', async () => {
    const stream = bedrock().streamText({
      model,
      prompt: 'Weather?',
      maxSteps: 2,
      tools: { weather: { ...weatherTools.weather!, execute: async () => ({ tempC: 4 }) } },
    });
    const { events, result } = await collect(stream);
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse', 'converse']);
    expect(textOf(events)).toBe('The tool returned: {"tempC":4}');
    expect(result.steps).toHaveLength(2);
    expect(result.warnings).toHaveLength(1);
  });

  it('native with tools (useConverse: false): the fallback makes one non-streaming invoke call', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', id: 'call_7', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events, result } = await collect(
      bedrock().streamText({ model, prompt: 'Weather?', tools: weatherTools, providerOptions: { useConverse: false } }),
    );
    expect(context.emulator.requests.map(routeOf)).toEqual(['invoke']);
    expect(request(0).body.tools[0].function.name).toBe('weather');
    expect(events.filter((e) => e.type === 'tool-call')).toEqual([{ type: 'tool-call', id: 'call_7', name: 'weather', input: { city: 'Oslo' } }]);
    expect(result).toMatchObject({ api: 'invoke', finishReason: 'tool-calls', warnings: [expect.stringMatching(fallbackWarning)] });
  });
});

describe('openai-oss refusals before any network call', () => {
  it('image and document parts (gpt-oss is text only), on either route', async () => {
    const parts = [
      { type: 'image' as const, data: 'iVBORw0KGgo=', mediaType: 'image/png' },
      { type: 'document' as const, data: btoa('text'), mediaType: 'text/plain', name: 'notes' },
    ];
    for (const part of parts) {
      for (const providerOptions of [{}, { useConverse: true }]) {
        const error = await failure(bedrock().generateText({ model, messages: [{ role: 'user', content: [part, { type: 'text', text: 'What is it?' }] }], providerOptions }));
        expect(InputError.isInstance(error)).toBe(true);
        expect(error!.message).toMatch(part.type === 'image' ? /has no image input on Bedrock/ : /has no document input on Bedrock/);
      }
    }
    expect(context.emulator.requests).toHaveLength(0);
  });
});
