import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import { type Message, type ModelRequest, type Part, type RequestMessage } from '@bedrock-kit/core';
import { readCassette } from '@bedrock-kit/test-utils';
import { convertToConverseRequest } from './convert-to-converse-request';
import { prepareModelRequest } from '../prepare-model-request';
import { normalizeRecordedBody, readRecordedConverse } from './converse-recorded.fixtures';
import { parseConverseResponse } from './parse-converse-response';

// Round two's parts are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());

const request = (messages: Message[], extra: Partial<ModelRequest> = {}): ModelRequest => ({
  messages,
  providerOptions: {},
  stream: false,
  ...extra,
});
const emptyObjectSchema = { additionalProperties: false, properties: {}, type: 'object' };

describe('recorded Converse exchanges: pydantic-ai', () => {
  it('test_bedrock_model (Nova Micro): same body, parsed answer', () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_model');
    const { body } = convertToConverseRequest(request([{ role: 'user', content: 'Hello!' }], { system: 'You are a chatbot.' }));
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const response = parseConverseResponse(exchange!.responseJson);
    expect(response.content).toEqual([
      {
        type: 'text',
        text: "Hello! How can I assist you today? Whether you have questions, need information, or just want to chat, I'm here to help.",
      },
    ]);
    expect(response.finishReason).toBe('stop');
    expect(response.usage).toEqual({ inputTokens: 7, outputTokens: 30, totalTokens: 37 });
    expect(response.metrics).toEqual({ latencyMs: 268 });
  });

  it('test_bedrock_model_anthropic_model_without_tools: temperature 0 is sent, cache counts read', () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_model_anthropic_model_without_tools');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'What is the capital of France?' }], { system: 'You are a helpful chatbot.', temperature: 0 }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const response = parseConverseResponse(exchange!.responseJson);
    expect(response.content).toHaveLength(1);
    expect(response.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/^The capital of France is \*\*Paris\*\*\./) });
    expect(response.usage).toEqual({ inputTokens: 21, outputTokens: 69, totalTokens: 90, cacheReadTokens: 0, cacheWriteTokens: 0 });
  });

  it('test_bedrock_cache_write_and_read: document, tools and auto choice match; cache write then read', () => {
    const exchanges = readRecordedConverse('pydantic-ai', 'test_bedrock_cache_write_and_read');
    const recorded = exchanges[0]!.requestBody;
    const [longText] = recorded.messages[0].content;
    const { body } = convertToConverseRequest(
      request(
        [
          {
            role: 'user',
            content: [
              { type: 'text', text: longText.text },
              { type: 'document', data: 'WW91IGFyZSBhIGdyZWF0IG1hdGhlbWF0aWNpYW4=', mediaType: 'text/plain', name: 'Document 1' },
              { type: 'text', text: '\n' },
              { type: 'text', text: 'What is 10 + 11?' },
            ],
          },
        ],
        {
          system: recorded.system[0].text,
          tools: [
            { name: 'catalog_lookup', inputSchema: emptyObjectSchema },
            { name: 'diagnostics', inputSchema: emptyObjectSchema },
          ],
          toolChoice: 'auto',
        },
      ),
    );
    for (const exchange of exchanges) expect(body).toStrictEqual(normalizeRecordedBody(exchange.requestBody));
    const [write, read] = exchanges.map((exchange) => parseConverseResponse(exchange.responseJson));
    expect(write!.content).toEqual([{ type: 'text', text: '21' }]);
    expect(write!.usage).toEqual({ inputTokens: 2, outputTokens: 5, totalTokens: 1329, cacheReadTokens: 0, cacheWriteTokens: 1322 });
    expect(read!.usage).toEqual({ inputTokens: 2, outputTokens: 5, totalTokens: 1329, cacheReadTokens: 1322, cacheWriteTokens: 0 });
  });

  it('test_bedrock_model_thinking_part_anthropic: reasoning with signature parsed, then sent back unchanged', () => {
    const [first, second] = readRecordedConverse('pydantic-ai', 'test_bedrock_model_thinking_part_anthropic');
    const thinking = { thinking: { type: 'enabled', budget_tokens: 1024 } };
    const question: Message = { role: 'user', content: 'How do I cross the street?' };
    expect(convertToConverseRequest(request([question], { additionalModelRequestFields: thinking })).body).toStrictEqual(
      normalizeRecordedBody(first!.requestBody),
    );
    const answer = parseConverseResponse(first!.responseJson);
    const recordedReasoning = (first!.responseJson as any).output.message.content[0].reasoningContent.reasoningText;
    expect(answer.content.map((part) => part.type)).toEqual(['reasoning', 'text']);
    expect(answer.content[0]).toEqual({ type: 'reasoning', text: recordedReasoning.text, signature: recordedReasoning.signature });
    expect(answer.content[0]).toHaveProperty('signature', expect.stringMatching(/^Eu4CCkgIBxAB/));
    expect(answer.usage).toEqual({ inputTokens: 42, outputTokens: 313, totalTokens: 355, cacheReadTokens: 0, cacheWriteTokens: 0 });
    const followUp = convertToConverseRequest(
      request(
        [
          question,
          { role: 'assistant', content: answer.content },
          { role: 'user', content: 'Considering the way to cross the street, analogously, how do I cross the river?' },
        ],
        { additionalModelRequestFields: thinking },
      ),
    );
    expect(followUp.body).toStrictEqual(normalizeRecordedBody(second!.requestBody));
    expect(parseConverseResponse(second!.responseJson).content[0]).toMatchObject({ type: 'reasoning', signature: expect.stringMatching(/^EqkECkgIBxAB/) });
  });

  it('test_tool_choice_matrix_auto-bedrock: tool call parsed, then answered with its result', () => {
    const [first, second] = readRecordedConverse('pydantic-ai', 'test_tool_choice_matrix_auto-bedrock');
    const tools = [
      {
        name: 'get_weather',
        description: 'Get the current weather for a city.',
        inputSchema: { additionalProperties: false, properties: { city: { type: 'string' } }, required: ['city'], type: 'object' },
      },
    ];
    const question: Message = { role: 'user', content: "What's the weather in Paris?" };
    expect(convertToConverseRequest(request([question], { tools, toolChoice: 'auto' })).body).toStrictEqual(normalizeRecordedBody(first!.requestBody));
    const call = parseConverseResponse(first!.responseJson);
    expect(call.content).toEqual([{ type: 'tool-call', id: 'tooluse_XjTErzm6TpyMMpDviNVY3g', name: 'get_weather', input: { city: 'Paris' } }]);
    expect(call.finishReason).toBe('tool-calls');
    const result: Part = { type: 'tool-result', id: 'tooluse_XjTErzm6TpyMMpDviNVY3g', name: 'get_weather', output: 'Sunny, 22C in Paris' };
    const followUp = convertToConverseRequest(
      request([question, { role: 'assistant', content: call.content }, { role: 'user', content: [result] }], { tools, toolChoice: 'auto' }),
    );
    expect(followUp.body).toStrictEqual(normalizeRecordedBody(second!.requestBody));
    const final = parseConverseResponse(second!.responseJson);
    expect(final.finishReason).toBe('stop');
    expect(final.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('sunny with a temperature of 22°C') });
  });

  it('test_bedrock_inference_profile_converse: minimal body, parsed answer', () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_inference_profile_converse');
    const { body } = convertToConverseRequest(request([{ role: 'user', content: 'Say "hello" and nothing else.' }]));
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const response = parseConverseResponse(exchange!.responseJson);
    expect(response.content).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(response.usage).toEqual({ inputTokens: 8, outputTokens: 2, totalTokens: 10 });
  });

  it('test_bedrock_llama_tool_result_followed_by_text_accepted (Llama 4): history with tool use and result', () => {
    const [exchange] = readRecordedConverse('pydantic-ai', 'test_bedrock_llama_tool_result_followed_by_text_accepted');
    const { body } = convertToConverseRequest(
      request(
        [
          { role: 'user', content: 'show me my expenses' },
          { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'get_expenses', input: {} }] },
          { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'get_expenses', output: 'ok' }] },
          { role: 'assistant', content: '.' },
          { role: 'user', content: 'Thanks. Now just say the word DONE.' },
        ],
        { tools: [{ name: 'get_expenses', inputSchema: emptyObjectSchema }] },
      ),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const response = parseConverseResponse(exchange!.responseJson);
    expect(response.content).toEqual([{ type: 'text', text: 'DONE' }]);
    expect(response.usage).toEqual({ inputTokens: 186, outputTokens: 2, totalTokens: 188 });
  });

  it('test_mid_conversation_system_prompt_on_bedrock: the recorded mid-conversation system message is a Converse turn of role system', () => {
    // Recorded on InvokeModel (native Anthropic body) with a `role: "system"` message after the last user turn;
    // Converse carries the same instruction as a message of role `system` (service model 2026-07-31 `ConversationRole`).
    const [exchange] = readCassette('pydantic-ai', 'test_mid_conversation_system_prompt_on_bedrock');
    const recorded = JSON.parse(exchange!.request.body!) as { messages: { role: string; content: { text: string }[] }[] };
    expect(recorded.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'system']);
    const messages = recorded.messages.map((m) => ({
      role: m.role,
      content: m.content.map((c) => ({ type: 'text', text: c.text })),
    })) as RequestMessage[];
    const modelRequest = prepareModelRequest({ model: 'us.anthropic.claude-opus-4-8', messages, system: 'You are a code reviewer.' }, false);
    const { body } = convertToConverseRequest(modelRequest);
    expect(body.system).toEqual([{ text: 'You are a code reviewer.' }]);
    expect(body.messages).toEqual(recorded.messages.map((m) => ({ role: m.role, content: m.content.map((c) => ({ text: c.text })) })));
  });
});

describe('recorded Converse exchanges: openllmetry', () => {
  it('test_meta_converse (Llama 3.2 1B): same body, parsed answer from the exact JSON bytes', () => {
    const [exchange] = readRecordedConverse('openllmetry', 'test_meta_converse');
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'Tell me a joke about opentelemetry' }], {
        system: 'You are an app that knows about everything.',
        temperature: 0.5,
        additionalModelRequestFields: {},
      }),
    );
    expect(body).toStrictEqual(normalizeRecordedBody(exchange!.requestBody));
    const response = parseConverseResponse(exchange!.responseJson);
    expect(response.content).toEqual([
      {
        type: 'text',
        text: 'Why did the OpenTelemetry trace go to therapy?\n\nBecause it was struggling to debug its issues and was feeling a little "unreliable".',
      },
    ]);
    expect(response.finishReason).toBe('stop');
    expect(response.usage).toEqual({ inputTokens: 52, outputTokens: 30, totalTokens: 82 });
  });
});
