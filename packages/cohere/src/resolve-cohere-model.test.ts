import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { cohere } from './cohere';
import { cohereModels } from './cohere-models';
import { resolveCohereModel } from './resolve-cohere-model';

const resolve = (id: string) => resolveCohereModel(parseModelId(id));

describe('resolveCohereModel', () => {
  it.each(['cohere.command-r-v1:0', 'cohere.command-r-plus-v1:0'])('claims %s with the Command R capabilities', (id) => {
    const info = resolve(id);
    expect(info).toEqual({
      family: 'cohere',
      modelId: id,
      baseModelId: id,
      capabilities: {
        tools: true,
        toolsWhileStreaming: true,
        reasoning: false,
        promptCaching: false,
        images: false,
        documents: true,
        citations: true,
        nativeApi: true,
        systemPrompt: true,
      },
    });
    expect(info?.requiredInferenceProfile).toBeUndefined();
  });

  it('accepts profile prefixes and keeps the ID as given for the wire', () => {
    const info = resolve('us.cohere.command-r-plus-v1:0');
    expect(info?.modelId).toBe('us.cohere.command-r-plus-v1:0');
    expect(info?.baseModelId).toBe('cohere.command-r-plus-v1:0');
    expect(info?.capabilities.tools).toBe(true);
    expect(info?.requiredInferenceProfile).toBeUndefined();
  });

  it('accepts a bedrock: prefix', () => {
    expect(resolve('bedrock:cohere.command-r-v1:0')?.modelId).toBe('cohere.command-r-v1:0');
  });

  it('accepts foundation-model and inference-profile ARNs', () => {
    const fm = resolve('arn:aws:bedrock:us-east-1::foundation-model/cohere.command-r-v1:0');
    expect(fm?.baseModelId).toBe('cohere.command-r-v1:0');
    expect(fm?.modelId).toBe('arn:aws:bedrock:us-east-1::foundation-model/cohere.command-r-v1:0');
    const profile = resolve('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.cohere.command-r-plus-v1:0');
    expect(profile?.baseModelId).toBe('cohere.command-r-plus-v1:0');
  });

  it('does not claim opaque ARNs (application profiles, provisioned models)', () => {
    expect(resolve('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123')).toBeUndefined();
    expect(resolve('arn:aws:bedrock:us-east-1:123456789012:provisioned-model/xyz')).toBeUndefined();
  });

  it.each(['cohere.embed-english-v3', 'cohere.embed-v4:0', 'cohere.rerank-v3-5:0'])('does not claim the non-chat model %s', (id) => {
    expect(resolve(id)).toBeUndefined();
  });

  it.each(['anthropic.claude-3-haiku-20240307-v1:0', 'meta.llama3-8b-instruct-v1:0', 'command-r'])('does not claim %s', (id) => {
    expect(resolve(id)).toBeUndefined();
  });

  it.each(['cohere.command-text-v14', 'cohere.command-light-text-v14'])(
    'claims the legacy %s deliberately: native prompt body, no chat features',
    (id) => {
      expect(resolve(id)?.capabilities).toEqual({
        tools: false,
        toolsWhileStreaming: false,
        reasoning: false,
        promptCaching: false,
        images: false,
        documents: false,
        citations: false,
        nativeApi: true,
        systemPrompt: false,
      });
    },
  );

  it('gives unlisted Command models the Command R defaults rather than refusing them', () => {
    const info = resolve('cohere.command-r-plus-v2:0');
    expect(info?.capabilities).toEqual(resolve('cohere.command-r-v1:0')?.capabilities);
  });

  it('returns a copy of the capabilities, so a caller cannot change the table', () => {
    const info = resolve('cohere.command-r-v1:0')!;
    info.capabilities.tools = false;
    expect(resolve('cohere.command-r-v1:0')?.capabilities.tools).toBe(true);
    expect(cohereModels.find((row) => row.id === 'cohere.command-r-v1:0')?.capabilities.tools).toBe(true);
  });
});

describe('cohere family', () => {
  it('is a v1 ModelFamily named cohere that defaults to Converse', () => {
    expect(cohere.specificationVersion).toBe('v1');
    expect(cohere.name).toBe('cohere');
    expect(cohere.defaultRoute).toBe('converse');
    expect(cohere.native).toHaveProperty('load', expect.any(Function)); // its codec loads on use
    expect(typeof cohere.converse?.prepareRequest).toBe('function');
    expect(cohere.resolveModel(parseModelId('cohere.command-r-v1:0'))?.family).toBe('cohere');
  });
});
