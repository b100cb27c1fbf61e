import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { metaLlamaModels } from './meta-llama-models';
import { resolveMetaLlamaModel } from './resolve-meta-llama-model';

const resolve = (id: string) => resolveMetaLlamaModel(parseModelId(id));

describe('resolveMetaLlamaModel', () => {
  it('claims only Meta Llama IDs', () => {
    expect(resolve('anthropic.claude-3-sonnet-20240229-v1:0')).toBeUndefined();
    expect(resolve('us.amazon.nova-micro-v1:0')).toBeUndefined();
    expect(resolve('meta.some-other-model-v1:0')).toBeUndefined();
    // An application inference profile ARN has no readable base model.
    expect(resolve('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123')).toBeUndefined();
  });

  it('serves Llama 3 8B / 70B bare on demand (recorded InvokeModel with a bare ID)', () => {
    const info = resolve('meta.llama3-70b-instruct-v1:0');
    expect(info).toMatchObject({ family: 'meta-llama', modelId: 'meta.llama3-70b-instruct-v1:0', baseModelId: 'meta.llama3-70b-instruct-v1:0' });
    expect(info?.requiredInferenceProfile).toBeUndefined();
    expect(resolve('meta.llama3-8b-instruct-v1:0')?.requiredInferenceProfile).toBeUndefined();
  });

  it.each([
    'meta.llama3-1-8b-instruct-v1:0',
    'meta.llama3-1-70b-instruct-v1:0',
    'meta.llama3-2-3b-instruct-v1:0',
    'meta.llama3-2-11b-instruct-v1:0',
    'meta.llama3-2-90b-instruct-v1:0',
    'meta.llama3-3-70b-instruct-v1:0',
    'meta.llama4-scout-17b-instruct-v1:0',
    'meta.llama4-maverick-17b-instruct-v1:0',
  ])('names the inference profile for the bare ID %s', (id) => {
    expect(resolve(id)?.requiredInferenceProfile).toBe(`us.${id}`);
    expect(resolve(`bedrock:${id}`)?.requiredInferenceProfile).toBe(`us.${id}`);
  });

  it('never asks for a profile when the caller used one or an ARN', () => {
    for (const id of ['us.meta.llama3-2-3b-instruct-v1:0', 'eu.meta.llama3-2-3b-instruct-v1:0', 'global.meta.llama4-scout-17b-instruct-v1:0']) {
      const info = resolve(id);
      expect(info?.family).toBe('meta-llama');
      expect(info?.requiredInferenceProfile).toBeUndefined();
    }
    const profileArn = resolve('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-2-3b-instruct-v1:0');
    expect(profileArn).toMatchObject({ baseModelId: 'meta.llama3-2-3b-instruct-v1:0' });
    expect(profileArn?.requiredInferenceProfile).toBeUndefined();
    const modelArn = resolve('arn:aws:bedrock:us-west-2::foundation-model/meta.llama3-1-70b-instruct-v1:0');
    expect(modelArn?.modelId).toBe('arn:aws:bedrock:us-west-2::foundation-model/meta.llama3-1-70b-instruct-v1:0');
    expect(modelArn?.requiredInferenceProfile).toBeUndefined();
  });

  it('keeps Llama 3.2 1B and 3.1 405B bare (recorded 200 / on-demand launch region)', () => {
    expect(resolve('meta.llama3-2-1b-instruct-v1:0')?.requiredInferenceProfile).toBeUndefined();
    expect(resolve('meta.llama3-1-405b-instruct-v1:0')?.requiredInferenceProfile).toBeUndefined();
  });

  it('gives Llama 3.x no tools and Llama 4 tools through Converse but not while streaming', () => {
    for (const model of metaLlamaModels) {
      const caps = resolve(model.id)!.capabilities;
      expect(caps.tools).toBe(model.id.startsWith('meta.llama4'));
      expect(caps.toolsWhileStreaming).toBe(false);
      expect(caps).toMatchObject({ reasoning: false, promptCaching: false, citations: false, nativeApi: true, systemPrompt: true, documents: true });
    }
  });

  it('marks only the vision models as taking images', () => {
    const withImages = metaLlamaModels.filter((model) => resolve(model.id)!.capabilities.images).map((model) => model.id);
    expect(withImages).toEqual([
      'meta.llama3-2-11b-instruct-v1:0',
      'meta.llama3-2-90b-instruct-v1:0',
      'meta.llama4-scout-17b-instruct-v1:0',
      'meta.llama4-maverick-17b-instruct-v1:0',
    ]);
  });

  it('returns a copy of the capabilities, so callers cannot change the table', () => {
    const info = resolve('meta.llama3-70b-instruct-v1:0')!;
    info.capabilities.tools = true;
    expect(resolve('meta.llama3-70b-instruct-v1:0')!.capabilities.tools).toBe(false);
  });

  it('uses the row of a listed model for its newer version, without a profile rule for provisioned variants', () => {
    expect(resolve('meta.llama3-2-3b-instruct-v2:0')?.requiredInferenceProfile).toBe('us.meta.llama3-2-3b-instruct-v2:0');
    const provisioned = resolve('meta.llama3-1-70b-instruct-v1:0:128k');
    expect(provisioned?.requiredInferenceProfile).toBeUndefined();
    expect(provisioned?.capabilities.tools).toBe(false);
  });

  it('gives unknown newer models family defaults instead of refusing them', () => {
    const llama5 = resolve('meta.llama5-giant-instruct-v1:0');
    expect(llama5?.capabilities).toMatchObject({ tools: true, toolsWhileStreaming: false, images: true, nativeApi: true });
    expect(llama5?.requiredInferenceProfile).toBeUndefined();
    expect(resolve('meta.llama3-4-8b-instruct-v1:0')?.capabilities.tools).toBe(false);
  });

  it('sends retired Llama 2 chat models through Converse (their [INST] template is not implemented natively)', () => {
    expect(resolve('meta.llama2-70b-chat-v1')?.capabilities.nativeApi).toBe(false);
  });
});
