import { InputError, type Message } from '@bedrock-kit/core';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { describe, expect, it } from 'vitest';
import { collect, failure, routeOf, textOf, useFamilyEmulator, weatherTools } from './family-on-the-wire.test-support';

// Llama 3 8B: bare ID served on demand, text only, no tools. Llama 4 Maverick: profile-only, tools through Converse.
const llama3 = 'meta.llama3-8b-instruct-v1:0';
const maverick = 'us.meta.llama4-maverick-17b-instruct-v1:0';
const { context, bedrock, request } = useFamilyEmulator([metaLlama]);
const stopWarning = /meta-llama native InvokeModel has no stop-sequence parameter: the answer is cut client-side/;
const image: Message[] = [{ role: 'user', content: [{ type: 'image', data: 'iVBORw0KGgo=', mediaType: 'image/png' }, { type: 'text', text: 'What is it?' }] }];

describe('meta-llama generateText on the wire', () => {
  it('native: the Llama 3 chat template in prompt, max_gen_len; generation and token counts parsed', async () => {
    context.emulator.enqueue({ reply: { text: 'Hi there.', usage: { inputTokens: 21, outputTokens: 4 } } });
    const messages: Message[] = [
      { role: 'user', content: 'Hello' },
      { role: 'assistant', content: 'Hi! How can I help?' },
      { role: 'user', content: 'Say hi' },
    ];
    const result = await bedrock().generateText({ model: llama3, system: 'Be brief.', messages, maxTokens: 64, temperature: 0.5 });
    const sent = request(0);
    expect(sent.path).toBe(`/model/${encodeURIComponent(llama3)}/invoke`);
    expect(sent.body).toEqual({
      prompt:
        '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\nHi! How can I help?<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nSay hi<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n',
      max_gen_len: 64,
      temperature: 0.5,
    });
    expect(result).toMatchObject({ api: 'invoke', text: 'Hi there.', finishReason: 'stop', usage: { inputTokens: 21, outputTokens: 4, totalTokens: 25 }, warnings: [] });
  });

  it('native stop sequences: not in the body, the answer is cut client-side, finish stop, with a warning', async () => {
    context.emulator.enqueue({ reply: { text: 'one two STOP three four', stopReason: 'max_tokens' } });
    const result = await bedrock().generateText({ model: llama3, prompt: 'Count', stopSequences: ['STOP'] });
    expect(routeOf(request(0))).toBe('invoke');
    expect(Object.keys(request(0).body)).toEqual(['prompt']);
    expect(result).toMatchObject({ text: 'one two ', finishReason: 'stop' });
    expect(result.warnings).toEqual([expect.stringMatching(stopWarning)]);
  });

  it('native: a guardrail reply without token counts does not crash; counts come from the headers', async () => {
    context.emulator.enqueue({
      raw: {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-Amzn-Bedrock-Input-Token-Count': '8', 'X-Amzn-Bedrock-Output-Token-Count': '0' },
        body: JSON.stringify({ generation: 'Sorry, I cannot help with that.', stop_reason: null, 'amazon-bedrock-guardrailAction': 'INTERVENED' }),
      },
    });
    const result = await bedrock().generateText({ model: llama3, prompt: 'Something blocked' });
    expect(result).toMatchObject({ api: 'invoke', text: 'Sorry, I cannot help with that.', finishReason: 'content-filter', usage: { inputTokens: 8, outputTokens: 0 } });
  });

  it('Converse (useConverse: true): Converse body, server-side stop sequences', async () => {
    const result = await bedrock().generateText({ model: llama3, prompt: 'Say hi', stopSequences: ['STOP'], providerOptions: { useConverse: true } });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body).toEqual({ messages: [{ role: 'user', content: [{ text: 'Say hi' }] }], inferenceConfig: { stopSequences: ['STOP'] } });
    expect(result).toMatchObject({ api: 'converse', text: 'Hello from the bedrock-kit emulator. You said: Say hi', warnings: [] });
  });

  it('Llama 4 native: the Llama 4 template tokens', async () => {
    context.emulator.enqueue({ reply: { text: 'Hello.' } });
    const result = await bedrock().generateText({ model: maverick, prompt: 'Hi' });
    expect(request(0).path).toBe(`/model/${encodeURIComponent(maverick)}/invoke`);
    expect(request(0).body.prompt).toBe('<|begin_of_text|><|header_start|>user<|header_end|>\n\nHi<|eot|><|header_start|>assistant<|header_end|>\n\n');
    expect(result).toMatchObject({ api: 'invoke', text: 'Hello.' });
  });

  it('Llama 4 with tools goes to Converse; the tool loop sends the result back', async () => {
    const result = await bedrock().generateText({
      model: maverick,
      prompt: 'Weather in Oslo?',
      maxSteps: 2,
      tools: { weather: { ...weatherTools.weather!, execute: async () => ({ tempC: 4 }) } },
    });
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse', 'converse']);
    expect(request(0).body.toolConfig.tools[0].toolSpec.name).toBe('weather');
    expect(result.steps[0]).toMatchObject({ api: 'converse', finishReason: 'tool-calls' });
    expect(request(1).body.messages[2].content[0].toolResult).toMatchObject({ toolUseId: result.steps[0]!.toolCalls[0]!.id });
    expect(result.text).toBe('The tool returned: {"tempC":4}');
  });

  it('an image for a vision model goes to Converse by default (the native prompt cannot carry it)', async () => {
    const result = await bedrock().generateText({ model: 'us.meta.llama3-2-11b-instruct-v1:0', messages: image });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body.messages[0].content[0]).toEqual({ image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } });
    expect(result.api).toBe('converse');
  });
});

describe('meta-llama streamText on the wire', () => {
  it('native: generation chunks stream; the last chunk holding stop_reason and metrics is parsed whole', async () => {
    context.emulator.enqueue({ reply: { text: 'one two three four', usage: { inputTokens: 17, outputTokens: 5 } } });
    const { events, result } = await collect(bedrock().streamText({ model: llama3, prompt: 'Count' }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(request(0).body.prompt).toContain('<|start_header_id|>user<|end_header_id|>\n\nCount<|eot_id|>');
    expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(1);
    expect(textOf(events)).toBe('one two three four');
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: expect.objectContaining({ inputTokens: 17, outputTokens: 5 }) });
    expect(result).toMatchObject({ api: 'invoke', text: 'one two three four', usage: { inputTokens: 17, outputTokens: 5 } });
  });

  it('native stop sequences while streaming: cut across chunks, the stream still read for usage', async () => {
    context.emulator.enqueue({ reply: { text: 'alpha beta END gamma delta', usage: { inputTokens: 6, outputTokens: 7 } } });
    const { events, result } = await collect(bedrock().streamText({ model: llama3, prompt: 'Greek', stopSequences: ['END'] }));
    expect(textOf(events)).toBe('alpha beta ');
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 6, outputTokens: 7 } });
    expect(result.text).toBe('alpha beta ');
    expect(result.warnings).toEqual([expect.stringMatching(stopWarning)]);
  });

  it('Converse (useConverse: true): converse-stream', async () => {
    const { events, result } = await collect(bedrock().streamText({ model: llama3, prompt: 'Say hi', providerOptions: { useConverse: true } }));
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(textOf(events)).toBe('Hello from the bedrock-kit emulator. You said: Say hi');
    expect(result.api).toBe('converse');
  });

  it('Llama 4 with tools: proactive fallback from the table — one non-streaming Converse call, replayed, with a warning', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', id: 'tooluse_x', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events, result } = await collect(bedrock().streamText({ model: maverick, prompt: 'Weather?', tools: weatherTools }));
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse']);
    expect(events.map((e) => e.type)).toEqual(['tool-call', 'finish']);
    expect(result).toMatchObject({ api: 'converse', finishReason: 'tool-calls', warnings: [expect.stringMatching(/does not support tool use while streaming/)] });
  });
});

describe('meta-llama refusals before any network call', () => {
  it('tools on a Llama 3.x model, whatever the route', async () => {
    for (const providerOptions of [{}, { useConverse: true }, { useConverse: false }]) {
      const error = await failure(bedrock().generateText({ model: llama3, prompt: 'Weather?', tools: weatherTools, providerOptions }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(/this Llama model has no tool calling on Bedrock/);
    }
    const streamed = bedrock().streamText({ model: llama3, prompt: 'Weather?', tools: weatherTools });
    await expect(streamed.result).rejects.toThrow(/this Llama model has no tool calling on Bedrock/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('tool history on a Llama 3.x model', async () => {
    const messages: Message[] = [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'weather', input: { city: 'Oslo' } }] },
      { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'weather', output: { tempC: 4 } }] },
    ];
    await expect(bedrock().generateText({ model: llama3, messages })).rejects.toThrow(/this Llama model has no tool calling on Bedrock/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a bare ID of a profile-only model names the us. profile', async () => {
    for (const model of ['meta.llama3-2-3b-instruct-v1:0', 'meta.llama4-maverick-17b-instruct-v1:0']) {
      const error = await failure(bedrock().generateText({ model, prompt: 'Hi' }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toContain(`"us.${model}"`);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('in a European region, the suggestion is the eu. profile', async () => {
    const model = 'meta.llama3-2-3b-instruct-v1:0';
    const error = await failure(bedrock().generateText({ model, prompt: 'Hi', providerOptions: { region: 'eu-central-1' } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toContain(`"eu.${model}"`);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('an image on a text-only Llama, on either route', async () => {
    for (const providerOptions of [{}, { useConverse: true }]) {
      const error = await failure(bedrock().generateText({ model: llama3, messages: image, providerOptions }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(/this Llama model has no image input on Bedrock/);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('native route forced with an image on a vision model names the part and the route', async () => {
    const error = await failure(bedrock().generateText({ model: 'us.meta.llama3-2-11b-instruct-v1:0', messages: image, providerOptions: { useConverse: false } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/meta-llama native InvokeModel can't carry image parts/);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('native route forced with tools on Llama 4 says tools work through Converse', async () => {
    const error = await failure(bedrock().generateText({ model: maverick, prompt: 'Weather?', tools: weatherTools, providerOptions: { useConverse: false } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/meta-llama native InvokeModel can't carry tools; .*Converse/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
