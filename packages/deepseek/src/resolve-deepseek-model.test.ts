import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { deepseek } from './deepseek';
import { resolveDeepseekModel } from './resolve-deepseek-model';

const resolve = (id: string) => resolveDeepseekModel(parseModelId(id));

describe('resolveDeepseekModel', () => {
  it('R1: a bare ID needs the us. profile; profile IDs and ARNs are served', () => {
    expect(resolve('deepseek.r1-v1:0')).toMatchObject({ family: 'deepseek', requiredInferenceProfile: 'us.deepseek.r1-v1:0' });
    expect(resolve('us.deepseek.r1-v1:0')?.requiredInferenceProfile).toBeUndefined();
    expect(resolve('arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.deepseek.r1-v1:0')?.baseModelId).toBe('deepseek.r1-v1:0');
  });

  it('R1 always reasons and has no tools; V3.1 / V3.2 have tools on Converse and no native body', () => {
    expect(resolve('us.deepseek.r1-v1:0')!.capabilities).toMatchObject({ reasoning: true, alwaysReasons: true, tools: false, nativeApi: true, maxOutputTokens: 32768 });
    expect(resolve('deepseek.v3-v1:0')).toMatchObject({ capabilities: { tools: true, reasoning: false, nativeApi: false } });
    expect(resolve('deepseek.v3-v1:0')!.requiredInferenceProfile).toBeUndefined();
    expect(resolve('deepseek.v3.2')!.capabilities.maxOutputTokens).toBe(8192);
  });

  it('claims only deepseek.* IDs; unlisted R1 / other IDs get the R1 / V3 rows', () => {
    expect(resolve('meta.llama3-8b-instruct-v1:0')).toBeUndefined();
    expect(resolve('deepseek.r1-v2:0')!.capabilities.alwaysReasons).toBe(true);
    expect(resolve('deepseek.v4-v1:0')!.capabilities.tools).toBe(true);
  });

  it('is a v1 family named deepseek with native and Converse codecs', () => {
    expect(deepseek).toMatchObject({ specificationVersion: 'v1', name: 'deepseek', displayName: 'DeepSeek' });
    expect(deepseek.native?.accepts?.({ messages: [{ role: 'user', content: [{ type: 'document', data: 'AA==', mediaType: 'text/plain' }] }], providerOptions: {}, stream: false }, resolve('us.deepseek.r1-v1:0')!)).toBe(false);
  });
});
