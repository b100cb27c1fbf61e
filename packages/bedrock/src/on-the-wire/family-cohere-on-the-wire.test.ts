import { cohere } from '@bedrock-kit/cohere';
import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { collect, failure, routeOf, textOf, useFamilyEmulator, weatherTools, type Json } from './family-on-the-wire.test-support';

const model = 'cohere.command-r-plus-v1:0';
const { context, bedrock, request } = useFamilyEmulator([cohere]);
const handbook = 'Employees get 25 days of paid leave per year.';
const withDocument: Message[] = [
  {
    role: 'user',
    content: [
      { type: 'document', data: new TextEncoder().encode(handbook), mediaType: 'text/plain', name: 'handbook' },
      { type: 'text', text: 'How much leave do I get?' },
    ],
  },
];
const citedReply = {
  reply: {
    content: [
      {
        type: 'text' as const,
        text: 'You get 25 days.',
        citations: [{ citedText: '25 days of paid leave', documentIndex: 0, title: 'handbook', start: 14, end: 35 }],
      },
    ],
    usage: { inputTokens: 30, outputTokens: 5 },
  },
};
const citation = { citedText: '25 days of paid leave', documentIndex: 0, documentName: 'handbook', start: 14, end: 35 };

describe('cohere generateText on the wire', () => {
  it('Converse is the default route (defaultRoute) even without tools', async () => {
    const result = await bedrock().generateText({ model, system: 'Be brief.', prompt: 'Hi there' });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body).toEqual({ system: [{ text: 'Be brief.' }], messages: [{ role: 'user', content: [{ text: 'Hi there' }] }] });
    expect(result).toMatchObject({ api: 'converse', finishReason: 'stop', text: 'Hello from the bedrock-kit emulator. You said: Hi there' });
  });

  it('Converse: documents ask for citations; citationsContent lands in result.citations', async () => {
    context.emulator.enqueue(citedReply);
    const result = await bedrock().generateText({ model, messages: withDocument });
    const document = request(0).body.messages[0].content[0].document as Json;
    expect(document).toMatchObject({ format: 'txt', name: 'handbook', citations: { enabled: true } });
    expect(result).toMatchObject({ api: 'converse', text: 'You get 25 days.', usage: { inputTokens: 30, outputTokens: 5 } });
    expect(result.citations).toEqual([citation]);
  });

  it('Converse with tools: toolConfig sent, tool call parsed', async () => {
    const result = await bedrock().generateText({ model, prompt: 'Weather in Oslo?', tools: weatherTools });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body.toolConfig.tools[0].toolSpec.name).toBe('weather');
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls' });
    expect(result.toolCalls).toEqual([expect.objectContaining({ name: 'weather', input: { city: expect.any(String) } })]);
  });

  it('Converse: forcing the only tool is sent as { any: {} } (tool choice Cohere accepts)', async () => {
    await bedrock().generateText({ model, prompt: 'Weather?', tools: weatherTools, toolChoice: { tool: 'weather' } });
    expect(request(0).body.toolConfig.toolChoice).toEqual({ any: {} });
  });

  it('native (useConverse: false): message, chat_history, preamble, documents; usage from the token-count headers', async () => {
    const messages: Message[] = [
      { role: 'user', content: 'Hello' },
      { role: 'assistant', content: 'Hi! How can I help?' },
      ...withDocument,
    ];
    context.emulator.enqueue(citedReply);
    const result = await bedrock().generateText({ model, system: 'Be brief.', messages, maxTokens: 200, providerOptions: { useConverse: false } });
    const sent = request(0);
    expect(sent.path).toBe(`/model/${encodeURIComponent(model)}/invoke`);
    expect(sent.body).toEqual({
      message: 'How much leave do I get?',
      chat_history: [
        { role: 'USER', message: 'Hello' },
        { role: 'CHATBOT', message: 'Hi! How can I help?' },
      ],
      preamble: 'Be brief.',
      documents: [{ title: 'handbook', snippet: handbook }],
      max_tokens: 200,
    });
    expect(result).toMatchObject({ api: 'invoke', text: 'You get 25 days.', finishReason: 'stop', usage: { inputTokens: 30, outputTokens: 5, totalTokens: 35 } });
    // Command R cites spans of its answer and names the document `doc_0`.
    expect(result.citations).toEqual([{ citedText: 'You get 25 days.'.slice(0, 16), documentIndex: 0, start: 0, end: 16 }]);
  });

  it('native with tools: parameter_definitions sent; tool call decoded; the loop sends tool_results', async () => {
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather in Oslo?',
      maxSteps: 2,
      tools: { weather: { ...weatherTools.weather!, execute: async () => ({ tempC: 4 }) } },
      providerOptions: { useConverse: false },
    });
    const first = request(0).body;
    expect(routeOf(request(0))).toBe('invoke');
    expect(first.tools).toEqual([
      { name: 'weather', description: 'Current weather for a city', parameter_definitions: { city: { type: 'str', required: true } } },
    ]);
    const call = result.steps[0]!.toolCalls[0]!;
    expect(call).toMatchObject({ name: 'weather', input: { city: expect.any(String) } });
    expect(result.steps[0]!.finishReason).toBe('tool-calls');
    const second = request(1).body;
    expect(second.tool_results).toEqual([{ call: { name: 'weather', parameters: call.input }, outputs: [{ tempC: 4 }] }]);
    expect(result.text).toBe('The tool returned: {"tempC":4}');
    expect(result.api).toBe('invoke');
  });
});

describe('cohere streamText on the wire', () => {
  it('Converse with tools streams the tool call in one converse-stream request (tools while streaming allowed)', async () => {
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Weather?', tools: weatherTools }));
    expect(context.emulator.requests).toHaveLength(1);
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(events.some((e) => e.type === 'tool-call-delta')).toBe(true);
    expect(events.find((e) => e.type === 'tool-call')).toMatchObject({ name: 'weather', input: { city: expect.any(String) } });
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls', warnings: [] });
  });

  it('Converse: citations arrive as citation events and in result.citations', async () => {
    context.emulator.enqueue(citedReply);
    const { events, result } = await collect(bedrock().streamText({ model, messages: withDocument }));
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(textOf(events)).toBe('You get 25 days.');
    expect(events.filter((e) => e.type === 'citation')).toEqual([{ type: 'citation', citation }]);
    expect(result.citations).toEqual([citation]);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 30, outputTokens: 5 } });
  });

  it('native without tools: text-generation deltas, citation-generation as citation events, usage from the metrics', async () => {
    context.emulator.enqueue(citedReply);
    const { events, result } = await collect(bedrock().streamText({ model, messages: withDocument, providerOptions: { useConverse: false } }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body).toMatchObject({ message: 'How much leave do I get?', documents: [{ title: 'handbook', snippet: handbook }] });
    expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(1);
    expect(textOf(events)).toBe('You get 25 days.');
    expect(events.filter((e) => e.type === 'citation')).toEqual([{ type: 'citation', citation: { citedText: 'You get 25 days.', documentIndex: 0, start: 0, end: 16 } }]);
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: expect.objectContaining({ inputTokens: 30, outputTokens: 5 }) });
    expect(result).toMatchObject({ api: 'invoke', text: 'You get 25 days.', citations: [expect.objectContaining({ documentIndex: 0 })] });
  });

  it('native with tools: the complete call from tool-calls-generation becomes one tool-call event', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events, result } = await collect(
      bedrock().streamText({ model, prompt: 'Weather?', tools: weatherTools, providerOptions: { useConverse: false } }),
    );
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body.tools[0].name).toBe('weather');
    expect(events.filter((e) => e.type === 'tool-call')).toEqual([{ type: 'tool-call', id: expect.any(String), name: 'weather', input: { city: 'Oslo' } }]);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
    expect(result.toolCalls).toEqual([expect.objectContaining({ name: 'weather', input: { city: 'Oslo' } })]);
  });

  it('reactive fallback: converse-stream refuses tools while streaming → one non-streaming Converse call replayed, with a warning', async () => {
    context.emulator.enqueue({
      match: { route: 'converse-stream' },
      error: { type: 'ValidationException', message: "This model doesn't support tool use in streaming mode." },
    });
    context.emulator.enqueue({ match: { route: 'converse' }, reply: { content: [{ type: 'text', text: 'Let me check.' }, { type: 'tool-use', id: 'tooluse_1', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Weather?', tools: weatherTools }));
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse-stream', 'converse']);
    expect(request(1).body.toolConfig).toEqual(request(0).body.toolConfig);
    expect(events.map((e) => e.type)).toEqual(['text-delta', 'tool-call', 'finish']);
    expect(events[1]).toEqual({ type: 'tool-call', id: 'tooluse_1', name: 'weather', input: { city: 'Oslo' } });
    expect(result.warnings).toEqual([expect.stringMatching(/does not support tool use while streaming/)]);
    expect(result).toMatchObject({ api: 'converse', text: 'Let me check.', finishReason: 'tool-calls' });
  });

  it('the same refusal without tools is not retried: it is a ValidationError', async () => {
    context.emulator.enqueue({ error: { type: 'ValidationException', message: "This model doesn't support tool use in streaming mode." } });
    const stream = bedrock().streamText({ model, prompt: 'Hi' });
    await expect(stream.result).rejects.toMatchObject({ name: 'ValidationError' });
    expect(context.emulator.requests).toHaveLength(1);
  });
});

describe('cohere refusals before any network call', () => {
  const image: Message[] = [{ role: 'user', content: [{ type: 'image', data: 'iVBORw0KGgo=', mediaType: 'image/png' }, { type: 'text', text: 'What is this?' }] }];

  it('an image part (Command R has no image input), on either route', async () => {
    for (const providerOptions of [{}, { useConverse: false }]) {
      const error = await failure(bedrock().generateText({ model, messages: image, providerOptions }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(/this Cohere model has no image input on Bedrock/);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('native route with a PDF document names the part and the route', async () => {
    const pdf: Message[] = [{ role: 'user', content: [{ type: 'document', data: 'JVBERi0xLjQ=', mediaType: 'application/pdf', name: 'report' }, { type: 'text', text: 'Summarise' }] }];
    const error = await failure(bedrock().generateText({ model, messages: pdf, providerOptions: { useConverse: false } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/Cohere native InvokeModel can't carry document part "report" \(application\/pdf\)/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('native route with a forced tool choice (no tool_choice in the Command R body)', async () => {
    const error = await failure(
      bedrock().generateText({ model, prompt: 'Weather?', tools: weatherTools, toolChoice: 'required', providerOptions: { useConverse: false } }),
    );
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/Cohere native InvokeModel has no tool_choice/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('tools on a legacy Command model without tool use', async () => {
    const error = await failure(bedrock().generateText({ model: 'cohere.command-text-v14', prompt: 'Weather?', tools: weatherTools }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/this Cohere model has no tool calling on Bedrock/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
