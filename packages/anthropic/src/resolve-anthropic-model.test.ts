import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { anthropic } from './anthropic';
import { recordedModelId } from './recorded-model-id.test-support';

const resolve = (id: string) => anthropic.resolveModel(parseModelId(id));

describe('resolveModel: the model table', () => {
  it('serves only anthropic.* IDs', () => {
    expect(resolve('meta.llama3-70b-instruct-v1:0')).toBeUndefined();
    expect(resolve('us.amazon.nova-micro-v1:0')).toBeUndefined();
    expect(resolve('cohere.command-r-v1:0')).toBeUndefined();
  });

  it('gives Claude 3 tools and images but no reasoning or caching, and accepts the bare ID', () => {
    const info = resolve('anthropic.claude-3-sonnet-20240229-v1:0')!;
    expect(info).toMatchObject({ family: 'anthropic', modelId: 'anthropic.claude-3-sonnet-20240229-v1:0' });
    expect(info.capabilities).toMatchObject({ tools: true, toolsWhileStreaming: true, images: true, reasoning: false, promptCaching: false, nativeApi: true });
    expect(info.requiredInferenceProfile).toBeUndefined();
    expect(resolve('anthropic.claude-3-haiku-20240307-v1:0')!.requiredInferenceProfile).toBeUndefined();
    expect(resolve('anthropic.claude-3-5-sonnet-20240620-v1:0')!.requiredInferenceProfile).toBeUndefined();
  });

  it('gives Claude 3.5 Haiku caching but no vision', () => {
    const caps = resolve('anthropic.claude-3-5-haiku-20241022-v1:0')!.capabilities;
    expect(caps).toMatchObject({ promptCaching: true, images: false, reasoning: false });
  });

  it('gives reasoning, caching and citations only to 3.7 Sonnet and Claude 4+', () => {
    for (const id of ['anthropic.claude-3-7-sonnet-20250219-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic.claude-opus-4-1-20250805-v1:0', 'anthropic.claude-haiku-4-5-20251001-v1:0', 'anthropic.claude-sonnet-4-5-20250929-v1:0']) {
      expect(resolve(`us.${id}`)!.capabilities, id).toMatchObject({ reasoning: true, promptCaching: true, citations: true });
    }
    for (const id of ['anthropic.claude-3-sonnet-20240229-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic.claude-3-5-haiku-20241022-v1:0']) {
      expect(resolve(id)!.capabilities.reasoning, id).toBe(false);
    }
  });

  it('keeps Claude 2.x away from tools', () => {
    expect(resolve('anthropic.claude-v2:1')!.capabilities).toMatchObject({ tools: false, images: false });
  });

  it('gives an unknown newer Claude the full feature set, but no profile advice: the ID may be misspelt', () => {
    const info = resolve('anthropic.claude-opus-9-9')!;
    expect(info.capabilities).toMatchObject({ tools: true, reasoning: true, promptCaching: true, nativeApi: true });
    expect(info.requiredInferenceProfile).toBeUndefined();
    expect(resolve('anthropic.claud-3-haiku-20240307-v1:0')!.requiredInferenceProfile).toBeUndefined();
  });

  it('returns a copy of the capabilities, so a caller cannot change the table', () => {
    resolve('anthropic.claude-3-sonnet-20240229-v1:0')!.capabilities.tools = false;
    expect(resolve('anthropic.claude-3-sonnet-20240229-v1:0')!.capabilities.tools).toBe(true);
  });
});

describe('resolveModel: inference profiles', () => {
  it('names the profile to use for a bare ID of a profile-only model', () => {
    expect(resolve('anthropic.claude-3-7-sonnet-20250219-v1:0')!.requiredInferenceProfile).toBe('us.anthropic.claude-3-7-sonnet-20250219-v1:0');
    expect(resolve('anthropic.claude-sonnet-4-5-20250929-v1:0')!.requiredInferenceProfile).toBe('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(resolve('bedrock:anthropic.claude-3-5-sonnet-20241022-v2:0')!.requiredInferenceProfile).toBe('us.anthropic.claude-3-5-sonnet-20241022-v2:0');
  });

  it.each(['global', 'us', 'eu', 'apac'])('accepts the %s. profile of a profile-only model', (prefix) => {
    const info = resolve(`${prefix}.anthropic.claude-sonnet-4-20250514-v1:0`)!;
    expect(info.requiredInferenceProfile).toBeUndefined();
    expect(info.modelId).toBe(`${prefix}.anthropic.claude-sonnet-4-20250514-v1:0`);
    expect(info.baseModelId).toBe('anthropic.claude-sonnet-4-20250514-v1:0');
  });

  it('accepts an inference-profile ARN (openllmetry test_anthropic_cross_region)', () => {
    const id = recordedModelId('openllmetry', 'test_anthropic_cross_region');
    expect(id).toBe('arn:aws:bedrock:us-east-1:012345678901:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0');
    const info = resolve(id)!;
    expect(info).toMatchObject({ family: 'anthropic', modelId: id, baseModelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0' });
    expect(info.capabilities.reasoning).toBe(true);
    expect(info.requiredInferenceProfile).toBeUndefined();
  });

  it('leaves an application-inference-profile ARN to Converse (pydantic-ai test_bedrock_inference_profile_converse)', () => {
    const id = recordedModelId('pydantic-ai', 'test_bedrock_inference_profile_converse');
    expect(id).toContain(':application-inference-profile/');
    expect(resolve(id)).toBeUndefined();
  });

  it('does not ask for a profile when the caller gave a foundation-model ARN', () => {
    const info = resolve('arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0')!;
    expect(info.baseModelId).toBe('anthropic.claude-3-7-sonnet-20250219-v1:0');
    expect(info.requiredInferenceProfile).toBeUndefined();
  });
});

describe('resolveModel: every recorded Claude model ID', () => {
  it.each([
    ['openllmetry', 'test_anthropic_3_completion_string_content', { tools: true, reasoning: false }],
    ['openllmetry', 'test_anthropic_3_completion_streaming', { tools: true, reasoning: false }],
    ['openllmetry', 'test_anthropic_converse_stream_with_tool_use', { tools: true, toolsWhileStreaming: true }],
    ['openllmetry', 'test_invoke_model_cache_tokens', { promptCaching: true }],
    ['pydantic-ai', 'test_bedrock_cache_write_and_read', { promptCaching: true, tools: true, documents: true }],
    ['pydantic-ai', 'test_bedrock_model_anthropic_model_without_tools', { systemPrompt: true }],
    ['pydantic-ai', 'test_bedrock_model_thinking_part_anthropic', { reasoning: true }],
    ['pydantic-ai', 'test_bedrock_model_thinking_part_stream', { reasoning: true }],
    ['pydantic-ai', 'test_bedrock_model_thinking_part_redacted_stream', { reasoning: true }],
    ['pydantic-ai', 'test_tool_choice_matrix_auto-bedrock', { tools: true }],
    ['pydantic-ai', 'test_mid_conversation_system_prompt_on_bedrock', { nativeApi: true, systemPrompt: true }],
  ] as const)('%s %s resolves with the capabilities it used', (source, name, capabilities) => {
    const info = resolve(recordedModelId(source, name));
    expect(info).toBeDefined();
    expect(info!.capabilities).toMatchObject(capabilities);
    // every recording reached the model, so none of these IDs may be refused before sending
    expect(info!.requiredInferenceProfile).toBeUndefined();
  });
});
