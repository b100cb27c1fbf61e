import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import { InputError } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { collectEvents, failure, joinDeltas, routeOf, useTestEmulator } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { mistral } from './mistral';

const textModel = 'mistral.mistral-7b-instruct-v0:2';
const chatModel = 'mistral.mistral-large-2407-v1:0';
const { context, request } = useTestEmulator(() => startEmulator());
const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [mistral], maxRetries: 0 });
const weather = { weather: { description: 'Current weather', inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } };
const weatherWith = (execute: () => Promise<unknown>) => ({ weather: { ...weather.weather, execute } });

describe('mistral text-completion body on the wire (Mistral 7B)', () => {
  it('generateText: the [INST] prompt and parameters; outputs parsed; usage from the headers', async () => {
    context.emulator.enqueue({ reply: { text: 'Hi there.', usage: { inputTokens: 9, outputTokens: 3 } } });
    const result = await bedrock().generateText({ model: textModel, prompt: 'Say hi', maxTokens: 50, temperature: 0.2, stopSequences: ['END'] });
    expect(request(0).path).toBe(`/model/${encodeURIComponent(textModel)}/invoke`);
    expect(request(0).body).toEqual({ prompt: '<s>[INST] Say hi [/INST]', max_tokens: 50, stop: ['END'], temperature: 0.2 });
    expect(result).toMatchObject({ api: 'invoke', text: 'Hi there.', finishReason: 'stop', usage: { inputTokens: 9, outputTokens: 3, totalTokens: 12 } });
  });

  it('streamText: outputs chunks stream; the last chunk holding stop_reason and metrics gives finish and usage', async () => {
    context.emulator.enqueue({ reply: { text: 'one two three four', usage: { inputTokens: 6, outputTokens: 5 } } });
    const { events, result } = await collectEvents(bedrock().streamText({ model: textModel, prompt: 'Count' }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(1);
    expect(joinDeltas(events, 'text-delta')).toBe('one two three four');
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: expect.objectContaining({ inputTokens: 6, outputTokens: 5 }) });
    expect(result.api).toBe('invoke');
  });

  it('Converse (useConverse: true), generate and stream', async () => {
    const result = await bedrock().generateText({ model: textModel, prompt: 'Say hi', providerOptions: { useConverse: true } });
    expect(routeOf(request(0))).toBe('converse');
    expect(result).toMatchObject({ api: 'converse', text: 'Hello from the bedrock-kit emulator. You said: Say hi' });
    const { events } = await collectEvents(bedrock().streamText({ model: textModel, prompt: 'Say hi', providerOptions: { useConverse: true } }));
    expect(routeOf(request(1))).toBe('converse-stream');
    expect(joinDeltas(events, 'text-delta')).toBe('Hello from the bedrock-kit emulator. You said: Say hi');
  });
});

describe('mistral chat body on the wire (Mistral Large 24.07)', () => {
  it('generateText without tools: messages → choices', async () => {
    const result = await bedrock().generateText({ model: chatModel, system: 'Be brief.', prompt: 'Say hi', maxTokens: 40 });
    expect(request(0).body).toEqual({ messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Say hi' }], max_tokens: 40 });
    expect(result).toMatchObject({ api: 'invoke', text: 'Hello from the bedrock-kit emulator. You said: Say hi', finishReason: 'stop' });
  });

  it('native tools (useConverse: false): the tool loop sends tool_calls and a tool message back', async () => {
    const result = await bedrock().generateText({
      model: chatModel,
      prompt: 'Weather in Oslo?',
      tools: weatherWith(async () => ({ tempC: 4 })) as never,
      maxSteps: 2,
      providerOptions: { useConverse: false },
    });
    expect(context.emulator.requests.map(routeOf)).toEqual(['invoke', 'invoke']);
    expect(request(0).body).toMatchObject({ tools: [{ type: 'function', function: { name: 'weather' } }] });
    const call = result.steps[0]!.toolCalls[0]!;
    expect(result.steps[0]).toMatchObject({ finishReason: 'tool-calls' });
    expect(request(1).body.messages.slice(-2)).toEqual([
      { role: 'assistant', content: '', tool_calls: [{ id: call.id, function: { name: 'weather', arguments: JSON.stringify(call.input) } }] },
      { role: 'tool', tool_call_id: call.id, content: '{"tempC":4}' },
    ]);
    expect(result.text).toBe('The tool returned: {"tempC":4}');
  });

  it('streamText native: text pieces; with tools (useConverse: false) the facade falls back to one invoke call and replays it', async () => {
    const { events } = await collectEvents(bedrock().streamText({ model: chatModel, prompt: 'Say hi' }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(joinDeltas(events, 'text-delta')).toBe('Hello from the bedrock-kit emulator. You said: Say hi');
    const tooled = await collectEvents(bedrock().streamText({ model: chatModel, prompt: 'Weather?', tools: weather as never, providerOptions: { useConverse: false } }));
    expect(routeOf(request(1))).toBe('invoke');
    expect(tooled.events.filter((e) => e.type === 'tool-call')).toEqual([expect.objectContaining({ name: 'weather', input: { city: expect.any(String) } })]);
    expect(tooled.result.warnings).toEqual([expect.stringMatching(/tool use while streaming/)]);
  });

  it('the chat stream parser on its own stream with a tool call (rows that stream tools natively would take this path)', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'text', text: 'Checking.' }, { type: 'tool-use', id: 'abcDEF123', name: 'weather', input: { city: 'Oslo' } }] } });
    const { events, result } = await collectEvents(bedrock().streamText({ model: chatModel, prompt: 'Weather?' }));
    expect(routeOf(request(0))).toBe('invoke-with-response-stream');
    expect(events.filter((e) => e.type === 'tool-call')).toEqual([{ type: 'tool-call', id: 'abcDEF123', name: 'weather', input: { city: 'Oslo' } }]);
    expect(result).toMatchObject({ text: 'Checking.', finishReason: 'tool-calls' });
  });

  it('tools by default go to Converse, generate and stream; tool results are sent as json', async () => {
    const result = await bedrock().generateText({ model: chatModel, prompt: 'Weather?', tools: weatherWith(async () => 'sunny') as never, maxSteps: 2 });
    expect(context.emulator.requests.map(routeOf)).toEqual(['converse', 'converse']);
    expect(request(1).body.messages[2].content[0].toolResult.content).toEqual([{ json: { result: 'sunny' } }]);
    expect(result.text).toBe('The tool returned: {"result":"sunny"}');
    const { events, result: streamed } = await collectEvents(bedrock().streamText({ model: chatModel, prompt: 'Weather?', tools: weather as never }));
    expect(routeOf(request(2))).toBe('converse');
    expect(events.filter((e) => e.type === 'tool-call')).toHaveLength(1);
    expect(streamed.warnings).toEqual([expect.stringMatching(/tool use while streaming/)]);
  });

  it('stop sequences go to Converse by default (the chat body has no stop field)', async () => {
    await bedrock().generateText({ model: chatModel, prompt: 'Hi', stopSequences: ['END'] });
    expect(routeOf(request(0))).toBe('converse');
    expect(request(0).body.inferenceConfig).toEqual({ stopSequences: ['END'] });
  });
});

describe('mistral refusals before any network call', () => {
  it('a bare Pixtral ID, tools or a system prompt on Mistral 7B, stop sequences on the chat body forced native', async () => {
    const pixtral = await failure(bedrock().generateText({ model: 'mistral.pixtral-large-2502-v1:0', prompt: 'Hi' }));
    expect(pixtral!.message).toMatch(/only through an inference profile: use "us\.mistral\.pixtral-large-2502-v1:0"/);
    const tools = await failure(bedrock().generateText({ model: textModel, prompt: 'Weather?', tools: weather as never }));
    expect(tools!.message).toMatch(/this Mistral model has no tool calling/);
    const system = await failure(bedrock().generateText({ model: textModel, system: 'x', prompt: 'Hi' }));
    expect(system!.message).toMatch(/this Mistral model has no system prompt/);
    const stops = await failure(bedrock().generateText({ model: chatModel, prompt: 'Hi', stopSequences: ['END'], providerOptions: { useConverse: false } }));
    expect(InputError.isInstance(stops)).toBe(true);
    expect(stops!.message).toMatch(/has no stop-sequence field/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
