import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import { InputError, jsonSchema, parseModelId, type EmbeddingRequest, type GenerateTextResult, type StreamEvent, type Tool } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { collectEvents, joinDeltas, routeOf as routeOfRequest, useTestEmulator } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { amazon } from './amazon';
import { amazonEmbedding } from './amazon-embedding';

const { context, request: sent } = useTestEmulator(() => startEmulator());

const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [amazon] });
const routeOf = (path: string) => routeOfRequest({ path });
const model = 'us.amazon.nova-lite-v1:0';
const greeting = 'Hello from the bedrock-kit emulator. You said: Say hi';
const weatherTools: Record<string, Tool> = {
  weather: { description: 'Current weather for a city', inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) },
};

const collect = (stream: ReturnType<Bedrock['streamText']>): Promise<{ events: StreamEvent[]; result: GenerateTextResult }> => collectEvents(stream);
const textOf = (events: StreamEvent[]) => joinDeltas(events, 'text-delta');

describe('amazon (Nova) on the wire', () => {
  it('generateText native (default without tools): messages-v1 body; answer decoded', async () => {
    const result = await bedrock().generateText({ model, system: 'Be brief.', prompt: 'Say hi', maxTokens: 200, temperature: 0.3 });
    const request = sent();
    expect(request.path).toBe(`/model/${encodeURIComponent(model)}/invoke`);
    expect(request.body).toEqual({
      schemaVersion: 'messages-v1',
      system: [{ text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ text: 'Say hi' }] }],
      inferenceConfig: { maxTokens: 200, temperature: 0.3 },
    });
    expect(result).toMatchObject({ api: 'invoke', text: greeting, finishReason: 'stop' });
    expect(result.content).toEqual([{ type: 'text', text: greeting }]);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.totalTokens).toBe(result.usage.inputTokens + result.usage.outputTokens);
  });

  it('streamText native: a block per delta on the wire, one text part in the result', async () => {
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Say hi' }));
    expect(routeOf(sent().path)).toBe('invoke-with-response-stream');
    expect(textOf(events)).toBe(greeting);
    expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(3);
    expect(result).toMatchObject({ api: 'invoke', text: greeting, finishReason: 'stop' });
    expect(result.content).toEqual([{ type: 'text', text: greeting }]);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', usage: { inputTokens: result.usage.inputTokens } });
  });

  it('generateText native with tools (useConverse: false): toolConfig in the body; the tool call decoded', async () => {
    const result = await bedrock().generateText({ model, prompt: 'Weather in Oslo?', tools: weatherTools, toolChoice: 'required', providerOptions: { useConverse: false } });
    const request = sent();
    expect(routeOf(request.path)).toBe('invoke');
    expect(request.body.toolConfig).toEqual({
      tools: [{ toolSpec: { name: 'weather', description: 'Current weather for a city', inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } } }],
      toolChoice: { any: {} },
    });
    expect(result).toMatchObject({ api: 'invoke', finishReason: 'tool-calls' });
    expect(result.toolCalls).toEqual([{ id: expect.stringMatching(/^tooluse_/), name: 'weather', input: { city: expect.any(String) } }]);
  });

  it('streamText native with tools: the tool call streams and closes with its input', async () => {
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Weather in Oslo?', tools: weatherTools, providerOptions: { useConverse: false } }));
    expect(routeOf(sent().path)).toBe('invoke-with-response-stream');
    expect(events).toContainEqual(expect.objectContaining({ type: 'tool-call', name: 'weather', input: { city: expect.any(String) } }));
    expect(result).toMatchObject({ api: 'invoke', finishReason: 'tool-calls' });
  });

  it('native tool loop: the result goes back as a toolResult after the assistant toolUse', async () => {
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather in Oslo?',
      maxSteps: 2,
      tools: { weather: { ...weatherTools.weather!, execute: async () => ({ tempC: 4 }) } },
      providerOptions: { useConverse: false },
    });
    const second = sent(1).body;
    const callId = result.steps[0]!.toolCalls[0]!.id;
    expect(second.messages[1]).toEqual({ role: 'assistant', content: [{ toolUse: { toolUseId: callId, name: 'weather', input: expect.any(Object) } }] });
    expect(second.messages[2]).toEqual({ role: 'user', content: [{ toolResult: { toolUseId: callId, content: [{ json: { tempC: 4 } }] } }] });
    expect(result.steps).toHaveLength(2);
  });

  it('Converse (useConverse: true): generate and stream, text and tools', async () => {
    const text = await bedrock().generateText({ model, prompt: 'Say hi', providerOptions: { useConverse: true } });
    expect(routeOf(sent(0).path)).toBe('converse');
    expect(text).toMatchObject({ api: 'converse', text: greeting });
    const tools = await bedrock().generateText({ model, prompt: 'Weather?', tools: weatherTools, providerOptions: { useConverse: true } });
    expect(routeOf(sent(1).path)).toBe('converse');
    expect(tools.toolCalls).toEqual([expect.objectContaining({ name: 'weather' })]);
    const streamed = await collect(bedrock().streamText({ model, prompt: 'Say hi', providerOptions: { useConverse: true } }));
    expect(routeOf(sent(2).path)).toBe('converse-stream');
    expect(textOf(streamed.events)).toBe(greeting);
    const streamedTools = await collect(bedrock().streamText({ model, prompt: 'Weather?', tools: weatherTools, providerOptions: { useConverse: true } }));
    expect(routeOf(sent(3).path)).toBe('converse-stream');
    expect(streamedTools.result).toMatchObject({ api: 'converse', finishReason: 'tool-calls' });
  });

  it('native promptCache: cache points in system and messages; the second call reads what the first wrote', async () => {
    const call = () => bedrock().generateText({ model, system: 'Long, stable rules. '.repeat(40), prompt: 'Say hi', providerOptions: { promptCache: true } });
    const first = await call();
    const second = await call();
    const body = sent(0).body;
    expect(body.system.at(-1)).toEqual({ cachePoint: { type: 'default' } });
    expect(body.messages[0].content.at(-1)).toEqual({ cachePoint: { type: 'default' } });
    expect(first.usage.cacheWriteTokens).toBeGreaterThan(0);
    expect(first.usage.cacheReadTokens).toBe(0);
    expect(second.usage.cacheReadTokens).toBe(first.usage.cacheWriteTokens);
    expect(second.usage.cacheWriteTokens).toBe(0);
  });

  it("Nova 2 Lite: the [REDACTED] reasoning block is a reasoning part without a signature, generate and stream", async () => {
    const reply = { content: [{ type: 'reasoning' as const, text: '[REDACTED]' }, { type: 'text' as const, text: '42' }], usage: { inputTokens: 9, outputTokens: 120 } };
    context.emulator.enqueue({ reply }, { reply });
    const nova2 = 'global.amazon.nova-2-lite-v1:0';
    const generated = await bedrock().generateText({ model: nova2, prompt: 'Answer?' });
    expect(generated).toMatchObject({ api: 'invoke', text: '42', reasoning: [{ text: '[REDACTED]' }] });
    expect(generated.reasoning![0]!.signature).toBeUndefined();
    const streamed = await collect(bedrock().streamText({ model: nova2, prompt: 'Answer?' }));
    expect(streamed.result).toMatchObject({ text: '42', reasoning: [{ text: '[REDACTED]' }], usage: { inputTokens: 9, outputTokens: 120, totalTokens: 129 } });
  });

  it('Nova 1 <thinking> text on the native stream becomes reasoning, never text', async () => {
    context.emulator.enqueue({ reply: { text: '<thinking>Short question, short answer.</thinking> Hi!' } });
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Hi' }));
    expect(textOf(events)).toBe('Hi!');
    expect(result.reasoning).toEqual([{ text: 'Short question, short answer.' }]);
  });

  it('refuses before the network: a bare profile-only ID names the profile; an image for Nova Micro', async () => {
    const premier = await bedrock().generateText({ model: 'amazon.nova-premier-v1:0', prompt: 'Hi' }).catch((error: unknown) => error);
    expect(InputError.isInstance(premier)).toBe(true);
    expect((premier as Error).message).toContain('us.amazon.nova-premier-v1:0');
    const image = await bedrock()
      .generateText({ model: 'us.amazon.nova-micro-v1:0', messages: [{ role: 'user', content: [{ type: 'image', data: 'AAAA', mediaType: 'image/png' }] }] })
      .catch((error: unknown) => error);
    expect(InputError.isInstance(image)).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);
  });
});

describe('amazon embedding codec against the emulator', () => {
  /** Builds the body with the codec, POSTs it to the emulator's InvokeModel route, decodes the answer with the codec. */
  async function embedOnce(id: string, value: string, fields: { dimensions?: number; inputType?: 'query' | 'document'; providerOptions?: Record<string, unknown> } = {}) {
    const info = amazonEmbedding.resolveModel(parseModelId(id))!;
    const request: EmbeddingRequest = { values: [value], inputType: fields.inputType ?? 'document', providerOptions: fields.providerOptions ?? {}, ...(fields.dimensions ? { dimensions: fields.dimensions } : {}) };
    const { body } = amazonEmbedding.prepareRequest(request, info);
    const response = await fetch(`${context.emulator.url}/model/${encodeURIComponent(id)}/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${emulatorApiKey}` },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return { sentBody: body, headers: response.headers, parsed: amazonEmbedding.parseResponse(await response.json(), { headers: response.headers, request }) };
  }

  it('Titan v2: the requested dimensions, a normalized vector, the token count; same text, same vector', async () => {
    const first = await embedOnce('amazon.titan-embed-text-v2:0', 'The quick brown fox', { dimensions: 256 });
    expect(first.sentBody).toEqual({ inputText: 'The quick brown fox', dimensions: 256 });
    expect(first.parsed.embeddings).toHaveLength(1);
    expect(first.parsed.embeddings[0]).toHaveLength(256);
    expect(Math.hypot(...first.parsed.embeddings[0]!)).toBeCloseTo(1, 10);
    expect(first.parsed.inputTokens).toBeGreaterThan(0);
    const again = await embedOnce('amazon.titan-embed-text-v2:0', 'The quick brown fox', { dimensions: 256 });
    expect(again.parsed.embeddings[0]).toEqual(first.parsed.embeddings[0]);
    expect((await embedOnce('amazon.titan-embed-text-v2:0', 'x')).parsed.embeddings[0]).toHaveLength(1024);
  });

  it('Titan v1: 1,536 dimensions; Nova 2 embeddings: the requested dimension, tokens in the header only', async () => {
    expect((await embedOnce('amazon.titan-embed-text-v1', 'hello')).parsed.embeddings[0]).toHaveLength(1536);
    const nova = await embedOnce('amazon.nova-2-multimodal-embeddings-v1:0', 'hello', { dimensions: 384, inputType: 'query' });
    expect(nova.parsed.embeddings[0]).toHaveLength(384);
    expect(nova.parsed.inputTokens).toBeUndefined();
    expect(Number(nova.headers.get('X-Amzn-Bedrock-Input-Token-Count'))).toBeGreaterThan(0);
    expect(context.emulator.requests[1]!.body).toMatchObject({ singleEmbeddingParams: { embeddingPurpose: 'GENERIC_RETRIEVAL', embeddingDimension: 384 } });
  });
});
