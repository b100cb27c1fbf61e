import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { nativeBody } from './model-request.test-support';
import { recordedModelId, recordedRawRequestBody } from './recorded-model-id.test-support';

const recordedBody = (source: 'openllmetry' | 'pydantic-ai', name: string, index = 0) =>
  JSON.parse(readCassette(source, name)[index]!.request.body!) as Record<string, any>;

describe('native body: built from the recorded inputs', () => {
  it('openllmetry test_anthropic_3_completion_string_content: string content stays a string', () => {
    const body = nativeBody(
      { messages: [{ role: 'user', content: 'Tell me a joke about opentelemetry' }], maxTokens: 200, temperature: 0.5 },
      'anthropic.claude-3-sonnet-20240229-v1:0',
    );
    expect(body).toEqual(recordedBody('openllmetry', 'test_anthropic_3_completion_string_content'));
  });

  it('openllmetry test_anthropic_3_completion_streaming: text parts become text blocks, no stream field', () => {
    const body = nativeBody(
      {
        messages: [{ role: 'user', content: [{ type: 'text', text: 'Tell me a joke about opentelemetry' }] }],
        maxTokens: 200,
        temperature: 0.5,
        stream: true,
      },
      'anthropic.claude-3-sonnet-20240229-v1:0',
    );
    expect(body).toEqual(recordedBody('openllmetry', 'test_anthropic_3_completion_streaming'));
  });

  it('openllmetry test_invoke_model_cache_tokens: cache_control on the last user block, top_k passed through', () => {
    const recorded = recordedBody('openllmetry', 'test_invoke_model_cache_tokens');
    const body = nativeBody(
      {
        system: recorded.system,
        messages: [{ role: 'user', content: [{ type: 'text', text: 'How do I write js?' }] }],
        maxTokens: 50,
        temperature: 0.1,
        topP: 0.1,
        stopSequences: ['stop'],
        additionalModelRequestFields: { top_k: 250 },
        providerOptions: { anthropicPromptCache: true },
      },
      'anthropic.claude-3-5-haiku-20241022-v1:0',
    );
    // The recording cached only the user turn; anthropicPromptCache also caches the system prompt.
    expect(body.messages).toEqual(recorded.messages);
    expect({ ...body, system: recorded.system }).toEqual(recorded);
    expect(body.system).toEqual([{ type: 'text', text: recorded.system, cache_control: { type: 'ephemeral' } }]);
  });

  it('pydantic-ai test_mid_conversation_system_prompt_on_bedrock: string system, default max_tokens 4096', () => {
    const recorded = JSON.parse(readCassette('pydantic-ai', 'test_mid_conversation_system_prompt_on_bedrock')[0]!.request.body!);
    const body = nativeBody(
      {
        system: 'You are a code reviewer.',
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'Review `def add(a, b): return a + b`.' }] },
          { role: 'assistant', content: [{ type: 'text', text: 'Looks fine.' }] },
          { role: 'user', content: [{ type: 'text', text: 'Review it again.' }] },
        ],
      },
      'us.anthropic.claude-opus-4-8',
    );
    // The recording's fourth turn has role "system" mid-conversation, which Message can't express.
    expect(recorded.messages[3].role).toBe('system');
    expect(body).toEqual({ ...recorded, messages: recorded.messages.slice(0, 3) });
  });

  it('pydantic-ai test_bedrock_model_thinking_part_anthropic: reasoning goes back as a signed thinking block', () => {
    const recorded = recordedBody('pydantic-ai', 'test_bedrock_model_thinking_part_anthropic', 1);
    const [firstUser, assistant, secondUser] = recorded.messages;
    const reasoningText = assistant.content[0].reasoningContent.reasoningText;
    const body = nativeBody({
      messages: [
        { role: 'user', content: [{ type: 'text', text: firstUser.content[0].text }] },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: reasoningText.text, signature: reasoningText.signature },
            { type: 'text', text: assistant.content[1].text },
          ],
        },
        { role: 'user', content: [{ type: 'text', text: secondUser.content[0].text }] },
      ],
      additionalModelRequestFields: recorded.additionalModelRequestFields,
    });
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
    expect(body.messages[1].content).toEqual([
      { type: 'thinking', thinking: reasoningText.text, signature: reasoningText.signature },
      { type: 'text', text: assistant.content[1].text },
    ]);
    expect(body.max_tokens).toBe(4096);
  });

  it('openllmetry test_anthropic_cross_region: the same inputs through an inference-profile ARN build a native body', () => {
    const recorded = recordedRawRequestBody('openllmetry', 'test_anthropic_cross_region') as Record<string, any>;
    const text = recorded.messages[0].content[0].text;
    expect(text).toBe('Human: Tell me a joke about opentelemetry Assistant:');
    const body = nativeBody(
      { messages: [{ role: 'user', content: [{ type: 'text', text }] }], temperature: recorded.inferenceConfig.temperature },
      recordedModelId('openllmetry', 'test_anthropic_cross_region'),
    );
    expect(body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: [{ type: 'text', text }] }],
      temperature: 0.5,
    });
    // guardrailConfig is a Converse field; natively the facade sends X-Amzn-Bedrock-Guardrail* headers
    expect(body).not.toHaveProperty('guardrailConfig');
  });
});
