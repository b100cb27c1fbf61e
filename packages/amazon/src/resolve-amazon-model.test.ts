import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { infoOf } from './model-info.test-support';
import { novaModels } from './amazon-models';
import { resolveAmazonModel } from './resolve-amazon-model';

describe('resolveAmazonModel', () => {
  it('claims every row, bare and through each profile prefix it lists', () => {
    for (const row of novaModels) {
      for (const prefix of row.profilePrefixes) {
        const info = infoOf(`${prefix}${row.id}`);
        expect(info).toMatchObject({ family: 'amazon', modelId: `${prefix}${row.id}`, baseModelId: row.id });
        expect(info.requiredInferenceProfile).toBeUndefined();
      }
    }
  });

  it('a bare profile-only ID (Nova Premier, Nova 2 Lite) names the profile to use', () => {
    expect(infoOf('amazon.nova-premier-v1:0').requiredInferenceProfile).toBe('us.amazon.nova-premier-v1:0');
    expect(infoOf('amazon.nova-2-lite-v1:0').requiredInferenceProfile).toBe('us.amazon.nova-2-lite-v1:0');
    expect(infoOf('amazon.nova-lite-v1:0').requiredInferenceProfile).toBeUndefined();
    expect(infoOf('arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.amazon.nova-2-lite-v1:0').requiredInferenceProfile).toBeUndefined();
  });

  it('capability rows: Micro is text only, Lite / Pro / Premier take images, documents and video, only Nova 2 Lite reasons', () => {
    expect(infoOf('amazon.nova-micro-v1:0').capabilities).toMatchObject({ images: false, documents: false, video: false, reasoning: false, tools: true, toolsWhileStreaming: true, promptCaching: true });
    for (const id of ['us.amazon.nova-lite-v1:0', 'us.amazon.nova-pro-v1:0', 'us.amazon.nova-premier-v1:0']) {
      expect(infoOf(id).capabilities).toMatchObject({ images: true, documents: true, video: true, reasoning: false, structuredOutput: false, countTokens: false });
    }
    expect(infoOf('global.amazon.nova-2-lite-v1:0').capabilities).toMatchObject({ reasoning: true, reasoningEfforts: ['low', 'medium', 'high'], maxOutputTokens: 65_536 });
    expect(infoOf('us.amazon.nova-premier-v1:0').capabilities.maxOutputTokens).toBe(32_000);
  });

  it('a newer version of a known model gets its generation\'s row without a token limit; non-text Nova models and Titan are not claimed', () => {
    const newer = infoOf('amazon.nova-lite-v2:0');
    expect(newer.capabilities).toMatchObject({ images: true, reasoning: false });
    expect(newer.capabilities.maxOutputTokens).toBeUndefined();
    expect(infoOf('us.amazon.nova-2-pro-v1:0').capabilities.reasoning).toBe(true);
    for (const id of ['amazon.nova-canvas-v1:0', 'amazon.nova-sonic-v1:0', 'amazon.titan-embed-text-v2:0', 'amazon.nova-2-multimodal-embeddings-v1:0', 'anthropic.claude-3-haiku-20240307-v1:0']) {
      expect(resolveAmazonModel(parseModelId(id)), id).toBeUndefined();
    }
  });

  it('returns a copy: changing the info does not change the table', () => {
    infoOf('amazon.nova-pro-v1:0').capabilities.tools = false;
    expect(infoOf('amazon.nova-pro-v1:0').capabilities.tools).toBe(true);
  });
});
