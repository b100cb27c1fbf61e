import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { openaiOss } from './openai-oss';
import { openaiOssDefaultCapabilities, openaiOssModels } from './openai-oss-models';

const resolve = (id: string) => openaiOss.resolveModel(parseModelId(id));

describe('openaiOss.resolveModel', () => {
  it('is a v1 family named openai-oss with a native codec and a Converse adapter', () => {
    expect(openaiOss.specificationVersion).toBe('v1');
    expect(openaiOss.name).toBe('openai-oss');
    expect(openaiOss.native).toBeDefined();
    expect(openaiOss.converse?.prepareRequest).toBeTypeOf('function');
  });

  it.each(['openai.gpt-oss-20b-1:0', 'openai.gpt-oss-120b-1:0'])('resolves the bare ID %s without requiring a profile', (id) => {
    const info = resolve(id);
    expect(info).toEqual({ family: 'openai-oss', modelId: id, baseModelId: id, capabilities: openaiOssDefaultCapabilities });
    expect(info?.requiredInferenceProfile).toBeUndefined();
  });

  it('lists exactly the two models Bedrock documents', () => {
    expect(openaiOssModels.map((m) => m.id)).toEqual(['openai.gpt-oss-20b-1:0', 'openai.gpt-oss-120b-1:0']);
  });

  it('declares the capability table: tools on Converse, not while streaming, reasoning, text only', () => {
    expect(resolve('openai.gpt-oss-120b-1:0')?.capabilities).toEqual({
      tools: true,
      toolsWhileStreaming: false,
      reasoning: true,
      promptCaching: false,
      images: false,
      documents: false,
      citations: false,
      nativeApi: true,
      systemPrompt: true,
      reasoningEfforts: ['low', 'medium', 'high'],
      alwaysReasons: true,
      structuredOutput: true,
    });
  });

  it('strips a bedrock: prefix and resolves cross-region profile IDs, keeping the wire ID', () => {
    const info = resolve('bedrock:us.openai.gpt-oss-20b-1:0');
    expect(info?.modelId).toBe('us.openai.gpt-oss-20b-1:0');
    expect(info?.baseModelId).toBe('openai.gpt-oss-20b-1:0');
    expect(info?.requiredInferenceProfile).toBeUndefined();
  });

  it('resolves foundation-model and inference-profile ARNs', () => {
    const fm = 'arn:aws:bedrock:us-west-2::foundation-model/openai.gpt-oss-120b-1:0';
    expect(resolve(fm)).toMatchObject({ modelId: fm, baseModelId: 'openai.gpt-oss-120b-1:0' });
    const profile = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.openai.gpt-oss-120b-1:0';
    expect(resolve(profile)).toMatchObject({ modelId: profile, baseModelId: 'openai.gpt-oss-120b-1:0' });
  });

  it('gives unknown newer gpt-oss models the family defaults', () => {
    expect(resolve('openai.gpt-oss-safeguard-120b')?.capabilities).toEqual(openaiOssDefaultCapabilities);
  });

  it('returns a fresh capabilities object per call (callers cannot corrupt the table)', () => {
    const first = resolve('openai.gpt-oss-20b-1:0')!;
    first.capabilities.tools = false;
    expect(resolve('openai.gpt-oss-20b-1:0')?.capabilities.tools).toBe(true);
  });

  it.each([
    'openai.gpt-6-astra',
    'global.openai.gpt-5.6-sol',
    'anthropic.claude-3-sonnet-20240229-v1:0',
    'meta.llama3-8b-instruct-v1:0',
    'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123',
    'arn:aws:bedrock:us-east-1:123456789012:provisioned-model/xyz',
  ])('does not claim %s', (id) => {
    expect(resolve(id)).toBeUndefined();
  });
});
