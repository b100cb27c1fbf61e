import { anthropic } from '@bedrock-kit/anthropic';
import { InputError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { collect, failure, routeOf, textOf, useFamilyEmulator, weatherTools, type Json } from './family-on-the-wire.test-support';

// Claude 3.5 Sonnet (v1) is served on demand with its bare ID and takes images (anthropic model table).
const sonnet = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const { context, bedrock, request } = useFamilyEmulator([anthropic]);
const greeting = (said: string) => `Hello from the bedrock-kit emulator. You said: ${said}`;

describe('anthropic generateText on the wire', () => {
  it('native (default route): Messages body with anthropic_version and max_tokens; text, usage, finish, api', async () => {
    context.emulator.enqueue({ reply: { text: 'Bonjour.', usage: { inputTokens: 11, outputTokens: 3 } } });
    const result = await bedrock().generateText({ model: sonnet, system: 'Be brief.', prompt: 'Say hi', temperature: 0.2 });
    const sent = request(0);
    expect(sent.path).toBe(`/model/${encodeURIComponent(sonnet)}/invoke`);
    expect(sent.body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      system: 'Be brief.',
      temperature: 0.2,
      messages: [{ role: 'user', content: 'Say hi' }],
    });
    expect(result).toMatchObject({
      api: 'invoke',
      text: 'Bonjour.',
      finishReason: 'stop',
      usage: { inputTokens: 11, outputTokens: 3, totalTokens: 14 },
      toolCalls: [],
      warnings: [],
      requestId: sent.requestId,
    });
    expect(result.response.messages).toEqual([{ role: 'assistant', content: [{ type: 'text', text: 'Bonjour.' }] }]);
  });

  it('native with tools (useConverse: false): tools with input_schema and tool_choice; the tool call decoded', async () => {
    const result = await bedrock().generateText({
      model: sonnet,
      prompt: 'Weather in Oslo?',
      tools: weatherTools,
      toolChoice: 'required',
      maxTokens: 300,
      providerOptions: { useConverse: false },
    });
    const sent = request(0);
    expect(routeOf(sent)).toBe('invoke');
    expect(sent.body).toMatchObject({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 300,
      tools: [{ name: 'weather', description: 'Current weather for a city', input_schema: { type: 'object', required: ['city'] } }],
      tool_choice: { type: 'any' },
    });
    expect(result.api).toBe('invoke');
    expect(result.finishReason).toBe('tool-calls');
    expect(result.toolCalls).toEqual([{ id: expect.stringMatching(/^toolu_bdrk_/), name: 'weather', input: { city: expect.any(String) } }]);
    expect(result.response.messages[0]!.content).toEqual([expect.objectContaining({ type: 'tool-call', name: 'weather' })]);
  });

  it('Converse (useConverse: true) without tools: Converse body, no native fields', async () => {
    const result = await bedrock().generateText({
      model: sonnet,
      system: 'Be brief.',
      prompt: 'Say hi',
      maxTokens: 50,
      stopSequences: ['END'],
      providerOptions: { useConverse: true },
    });
    const sent = request(0);
    expect(routeOf(sent)).toBe('converse');
    expect(sent.body).toEqual({
      system: [{ text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ text: 'Say hi' }] }],
      inferenceConfig: { maxTokens: 50, stopSequences: ['END'] },
      // API.md "stopSequence": with stop sequences set, Claude on Converse is asked for the matched one.
      additionalModelResponseFieldPaths: ['/stop_sequence'],
    });
    expect(result).toMatchObject({ api: 'converse', text: greeting('Say hi'), finishReason: 'stop' });
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it('tools without a forced route go to Converse: toolConfig sent, tool call parsed', async () => {
    const result = await bedrock().generateText({ model: sonnet, prompt: 'Weather in Oslo?', tools: weatherTools, toolChoice: { tool: 'weather' } });
    const sent = request(0);
    expect(routeOf(sent)).toBe('converse');
    expect(sent.body.toolConfig).toEqual({
      tools: [
        {
          toolSpec: {
            name: 'weather',
            description: 'Current weather for a city',
            inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
          },
        },
      ],
      toolChoice: { tool: { name: 'weather' } },
    });
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls' });
    expect(result.toolCalls).toEqual([{ id: expect.stringMatching(/^tooluse_/), name: 'weather', input: { city: expect.any(String) } }]);
  });

  it('native tool loop: the tool result goes back as a tool_result block first in the user turn', async () => {
    const result = await bedrock().generateText({
      model: sonnet,
      prompt: 'Weather in Oslo?',
      maxSteps: 2,
      tools: { weather: { ...weatherTools.weather!, execute: async () => ({ tempC: 4 }) } },
      providerOptions: { useConverse: false },
    });
    expect(context.emulator.requests).toHaveLength(2);
    const second = request(1).body;
    const call = result.steps[0]!.toolCalls[0]!;
    expect(second.messages[1]).toEqual({ role: 'assistant', content: [{ type: 'tool_use', id: call.id, name: 'weather', input: call.input }] });
    expect(second.messages[2].content[0]).toMatchObject({ type: 'tool_result', tool_use_id: call.id, content: '{"tempC":4}' });
    expect(result.text).toBe('The tool returned: {"tempC":4}');
    expect(result.steps.map((step) => step.api)).toEqual(['invoke', 'invoke']);
  });

  it('a profile ARN goes native with the ARN in the path', async () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0';
    const result = await bedrock().generateText({ model: arn, prompt: 'hi' });
    expect(request(0).path).toBe(`/model/${encodeURIComponent(arn)}/invoke`);
    expect(result).toMatchObject({ api: 'invoke', text: greeting('hi') });
  });
});

describe('anthropic streamText on the wire', () => {
  it('native: content_block deltas stream as text, usage from the invocation metrics', async () => {
    context.emulator.enqueue({ reply: { text: 'one two three four', usage: { inputTokens: 9, outputTokens: 4 } } });
    const { events, result } = await collect(bedrock().streamText({ model: sonnet, prompt: 'count' }));
    const sent = request(0);
    expect(routeOf(sent)).toBe('invoke-with-response-stream');
    expect(sent.body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 4096 });
    expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(1);
    expect(textOf(events)).toBe('one two three four');
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: expect.objectContaining({ inputTokens: 9, outputTokens: 4 }) });
    expect(result).toMatchObject({ api: 'invoke', text: 'one two three four', usage: { inputTokens: 9, outputTokens: 4 } });
  });

  it('native with tools: input_json_delta pieces become tool-call-delta, then one tool-call', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'text', text: 'Checking.' }, { type: 'tool-use', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events, result } = await collect(
      bedrock().streamText({ model: sonnet, prompt: 'Weather?', tools: weatherTools, providerOptions: { useConverse: false } }),
    );
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body.tools[0].name).toBe('weather');
    const deltas = events.filter((e) => e.type === 'tool-call-delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((e) => (e.type === 'tool-call-delta' ? e.inputDelta : '')).join('')).toBe('{"city":"Oslo"}');
    expect(events.filter((e) => e.type === 'tool-call')).toEqual([{ type: 'tool-call', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } }]);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
    expect(result).toMatchObject({ api: 'invoke', text: 'Checking.', toolCalls: [{ id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } }] });
  });

  it('Converse without tools: converse-stream, text deltas, usage from metadata', async () => {
    context.emulator.enqueue({ reply: { text: 'alpha beta gamma', usage: { inputTokens: 5, outputTokens: 3 } } });
    const { events, result } = await collect(bedrock().streamText({ model: sonnet, prompt: 'greek', providerOptions: { useConverse: true } }));
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(request(0).body).not.toHaveProperty('anthropic_version');
    expect(textOf(events)).toBe('alpha beta gamma');
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 5, outputTokens: 3 } });
    expect(result.api).toBe('converse');
  });

  it('Converse with tools (default route for tools): the tool call streams, no fallback warning', async () => {
    const { events, result } = await collect(bedrock().streamText({ model: sonnet, prompt: 'Weather?', tools: weatherTools }));
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(context.emulator.requests).toHaveLength(1);
    expect(events.some((e) => e.type === 'tool-call-delta')).toBe(true);
    const call = events.find((e) => e.type === 'tool-call');
    expect(call).toMatchObject({ type: 'tool-call', name: 'weather', input: { city: expect.any(String) } });
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls', warnings: [] });
  });
});

describe('anthropic citations on the wire', () => {
  const reasoner = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
  const messages = [
    {
      role: 'user' as const,
      content: [
        { type: 'document' as const, data: new TextEncoder().encode('Leave is 25 days per year.'), mediaType: 'text/plain', name: 'policy' },
        { type: 'text' as const, text: 'How much leave?' },
      ],
    },
  ];
  const cited = { citedText: 'Leave is 25 days per year.', documentIndex: 0, documentName: 'policy', start: 0, end: 26 };

  it('native stream: anthropicCitations enables citations on the document; citations_delta becomes citation events', async () => {
    const { events, result } = await collect(bedrock().streamText({ model: reasoner, messages, providerOptions: { anthropicCitations: true } }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body.messages[0].content[0]).toEqual({
      type: 'document',
      source: { type: 'text', media_type: 'text/plain', data: 'Leave is 25 days per year.' },
      title: 'policy',
      citations: { enabled: true },
    });
    expect(events.filter((e) => e.type === 'citation')).toEqual([{ type: 'citation', citation: cited }]);
    expect(result.citations).toEqual([cited]);
  });

  it('Converse: anthropicCitations sets document citations; citationsContent lands in result.citations', async () => {
    const result = await bedrock().generateText({ model: reasoner, messages, providerOptions: { anthropicCitations: true, useConverse: true } });
    expect(request(0).body.messages[0].content[0].document).toMatchObject({ name: 'policy', citations: { enabled: true } });
    expect(result.citations).toEqual([cited]);
  });
});

describe('anthropic refusals before any network call', () => {
  it('a bare ID of a profile-only model names the us. profile', async () => {
    const error = await failure(bedrock().generateText({ model: 'anthropic.claude-3-7-sonnet-20250219-v1:0', prompt: 'hi' }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toContain('"us.anthropic.claude-3-7-sonnet-20250219-v1:0"');
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('an image on a model without image input (Claude 3.5 Haiku), on either route', async () => {
    const messages = [{ role: 'user' as const, content: [{ type: 'image' as const, data: 'iVBORw0KGgo=', mediaType: 'image/png' }, { type: 'text' as const, text: 'What is it?' }] }];
    for (const useConverse of [true, false]) {
      const error = await failure(bedrock().generateText({ model: 'anthropic.claude-3-5-haiku-20241022-v1:0', messages, providerOptions: { useConverse } }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(/has no image input on Bedrock/);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('native route with a document type its body cannot carry names the part and the route', async () => {
    const messages = [
      { role: 'user' as const, content: [{ type: 'document' as const, data: 'UEsDBA==', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'spec' }, { type: 'text' as const, text: 'Summarise' }] },
    ];
    const error = await failure(bedrock().generateText({ model: sonnet, messages, providerOptions: { useConverse: false } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/anthropic native InvokeModel can't carry a document part/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('native route with a reasoning part that lost its signature', async () => {
    const messages = [
      { role: 'user' as const, content: 'Think' },
      { role: 'assistant' as const, content: [{ type: 'reasoning' as const, text: 'hmm' }, { type: 'text' as const, text: 'Done.' }] },
      { role: 'user' as const, content: 'Again' },
    ];
    const error = await failure(bedrock().generateText({ model: sonnet, messages, providerOptions: { useConverse: false } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/can't send back a reasoning part without its signature/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('extended thinking on a model without reasoning (Claude 3.5 Sonnet), on either route', async () => {
    for (const useConverse of [true, false]) {
      const error = await failure(
        bedrock().generateText({ model: sonnet, prompt: 'Think', providerOptions: { useConverse, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } } }),
      );
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(/this Claude model has no extended thinking \(reasoning\) on Bedrock/);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('Converse tool-call IDs the service rejects are sanitised on the wire and mapped back in the result', async () => {
    const odd = 'call:1/abc';
    const long = `call_${'x'.repeat(75)}`; // 80 characters
    const messages = [
      { role: 'user' as const, content: 'Weather in Oslo and Bergen?' },
      {
        role: 'assistant' as const,
        content: [
          { type: 'tool-call' as const, id: odd, name: 'weather', input: { city: 'Oslo' } },
          { type: 'tool-call' as const, id: long, name: 'weather', input: { city: 'Bergen' } },
        ],
      },
      {
        role: 'user' as const,
        content: [
          { type: 'tool-result' as const, id: odd, name: 'weather', output: { tempC: 4 } },
          { type: 'tool-result' as const, id: long, name: 'weather', output: { tempC: 7 } },
        ],
      },
    ];
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', id: 'call_1_abc', name: 'weather', input: { city: 'Oslo' } }] } });
    const result = await bedrock().generateText({ model: sonnet, messages, tools: weatherTools });
    const sent = request(0).body;
    const wireIds: string[] = [
      ...sent.messages[1].content.map((b: Json) => b.toolUse.toolUseId),
      ...sent.messages[2].content.map((b: Json) => b.toolResult.toolUseId),
    ];
    for (const id of wireIds) expect(id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(wireIds[0]).toBe('call_1_abc');
    expect(wireIds[2]).toBe(wireIds[0]);
    expect(wireIds[3]).toBe(wireIds[1]);
    expect(wireIds[1]).not.toBe(long);
    // The model answered with the wire ID: the caller sees its own.
    expect(result.toolCalls).toEqual([{ id: odd, name: 'weather', input: { city: 'Oslo' } }]);

    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', id: 'call_1_abc', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events } = await collect(bedrock().streamText({ model: sonnet, messages, tools: weatherTools }));
    expect(routeOf(request(1))).toBe('converse-stream');
    expect(request(1).body.messages[1].content[0].toolUse.toolUseId).toBe('call_1_abc');
    expect(events.find((e) => e.type === 'tool-call')).toMatchObject({ id: odd });
    expect(events.filter((e) => e.type === 'tool-call-delta').every((e) => e.type === 'tool-call-delta' && e.id === odd)).toBe(true);
  });
});
