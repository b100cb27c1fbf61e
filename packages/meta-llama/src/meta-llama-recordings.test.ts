import { loadNativeCodec, parseModelId } from '@bedrock-kit/core';
import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { metaLlama } from './meta-llama';
import { readEventTypes } from './__fixtures__/native-stream';

/** The model ID of a recorded request (`/model/{id}/{operation}`, ID encoded once). */
const recordedModel = (uri: string) => decodeURIComponent(new URL(uri).pathname.split('/')[2]!);

describe('recorded Converse exchanges with Llama models', () => {
  it('test_meta_converse: bare Llama 3.2 1B answered on demand, with a system prompt and no tools', () => {
    const [exchange] = readCassette('openllmetry', 'test_meta_converse');
    const id = recordedModel(exchange!.request.uri);
    expect(id).toBe('meta.llama3-2-1b-instruct-v1:0');
    expect(exchange!.response.status).toBe(200);
    const info = metaLlama.resolveModel(parseModelId(id))!;
    // Not refused before sending: the service served this bare ID (2025-02-28).
    expect(info.requiredInferenceProfile).toBeUndefined();
    const sent = JSON.parse(exchange!.request.body!) as { system: unknown[]; toolConfig?: unknown };
    expect(sent.system).toHaveLength(1);
    expect(info.capabilities).toMatchObject({ systemPrompt: true, tools: false, images: false });
    const answer = JSON.parse(new TextDecoder().decode(exchange!.response.body)) as { stopReason: string; output: { message: { content: { text: string }[] } } };
    expect(answer.stopReason).toBe('end_turn');
    expect(answer.output.message.content[0]!.text).toMatch(/^Why did the OpenTelemetry trace/);
  });

  it('test_meta_converse_stream: the same model streams text blocks only (no toolUse start events)', async () => {
    const [exchange] = readCassette('openllmetry', 'test_meta_converse_stream');
    const id = recordedModel(exchange!.request.uri);
    expect(id).toBe('meta.llama3-2-1b-instruct-v1:0');
    expect(metaLlama.resolveModel(parseModelId(id))?.requiredInferenceProfile).toBeUndefined();
    const types = await readEventTypes(exchange!.response.body);
    expect(types).toHaveLength(40);
    expect(types[0]).toBe('messageStart');
    expect(types.slice(-3)).toEqual(['contentBlockStop', 'messageStop', 'metadata']);
    expect(types).not.toContain('contentBlockStart');
  });

  it('test_bedrock_llama_tool_result_followed_by_text_accepted: Llama 4 Maverick takes tools and tool history on Converse', () => {
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_llama_tool_result_followed_by_text_accepted');
    const id = recordedModel(exchange!.request.uri);
    expect(id).toBe('us.meta.llama4-maverick-17b-instruct-v1:0');
    const info = metaLlama.resolveModel(parseModelId(id))!;
    expect(info).toMatchObject({ family: 'meta-llama', baseModelId: 'meta.llama4-maverick-17b-instruct-v1:0' });
    expect(info.requiredInferenceProfile).toBeUndefined();
    // Tools and tool parts pass the capability check; streaming them would use the facade's fallback.
    expect(info.capabilities).toMatchObject({ tools: true, toolsWhileStreaming: false, images: true });
    const sent = JSON.parse(exchange!.request.body!) as { messages: { role: string; content: Record<string, unknown>[] }[]; toolConfig: { tools: unknown[] } };
    expect(sent.toolConfig.tools).toHaveLength(1);
    expect(sent.messages.map((message) => Object.keys(message.content[0]!)[0])).toEqual(['text', 'toolUse', 'toolResult', 'text', 'text']);
    expect(exchange!.response.status).toBe(200);
    expect(exchange!.response.parsedBody).toMatchObject({ stopReason: 'end_turn', output: { message: { content: [{ text: 'DONE' }] } } });
  });
});

describe('metaLlama', () => {
  it('is a v1 family named meta-llama whose refusals say "Llama"', () => {
    expect(metaLlama).toMatchObject({ specificationVersion: 'v1', name: 'meta-llama', displayName: 'Llama' });
    expect(metaLlama.converse).toBeUndefined();
  });

  it('wires the native codec end to end (loaded on use)', async () => {
    const info = metaLlama.resolveModel(parseModelId('meta.llama3-8b-instruct-v1:0'))!;
    const codec = await loadNativeCodec(metaLlama.native!, 'meta-llama');
    const { body } = codec.prepareRequest({ messages: [{ role: 'user', content: 'Hi' }], providerOptions: {}, stream: false, maxTokens: 5 }, info);
    expect(body).toMatchObject({ max_gen_len: 5 });
    const parsed = codec.parseResponse({ generation: 'Hey', prompt_token_count: 1, generation_token_count: 1, stop_reason: 'stop' }, { headers: new Headers() });
    expect(parsed.content).toEqual([{ type: 'text', text: 'Hey' }]);
    const parser = codec.createStreamParser({ headers: new Headers() });
    expect(parser.parse({ generation: 'Hey', stop_reason: 'stop' })).toContainEqual({ type: 'finish', finishReason: 'stop' });
  });
});
