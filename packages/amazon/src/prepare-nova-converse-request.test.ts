import type { ConverseRequestBody } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { infoOf, requestOf } from './model-info.test-support';
import { prepareNovaConverseRequest } from './prepare-nova-converse-request';

const converseBody = (): ConverseRequestBody => ({
  messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
  system: [{ text: 'Rules' }],
  toolConfig: { tools: [{ toolSpec: { name: 'weather', inputSchema: { json: { type: 'object' } } } }] },
  additionalModelRequestFields: { inferenceConfig: { topK: 20 } },
});

describe('prepareNovaConverseRequest', () => {
  it('returns the body unchanged without reasoning or caching', () => {
    const body = converseBody();
    expect(prepareNovaConverseRequest(body, requestOf(), infoOf('us.amazon.nova-pro-v1:0'))).toBe(body);
  });

  it('reasoning goes in additionalModelRequestFields.reasoningConfig beside what was there', () => {
    const next = prepareNovaConverseRequest(converseBody(), requestOf({ reasoning: 'medium' }), infoOf('us.amazon.nova-2-lite-v1:0'));
    expect(next.additionalModelRequestFields).toEqual({ inferenceConfig: { topK: 20 }, reasoningConfig: { type: 'enabled', maxReasoningEffort: 'medium' } });
  });

  it('promptCache: cache points after system and the last message, none in tools; the input body is not changed', () => {
    const body = converseBody();
    const next = prepareNovaConverseRequest(body, requestOf({ providerOptions: { promptCache: true } }), infoOf('us.amazon.nova-lite-v1:0'));
    expect(next.system).toEqual([{ text: 'Rules' }, { cachePoint: { type: 'default' } }]);
    expect(next.messages[0]!.content).toEqual([{ text: 'Hello' }, { cachePoint: { type: 'default' } }]);
    expect(next.toolConfig).toBe(body.toolConfig);
    expect(JSON.stringify(next.toolConfig)).not.toContain('cachePoint');
    expect(body.messages[0]!.content).toEqual([{ text: 'Hello' }]);
  });

  it('refuses reasoning on a model without it before sending', () => {
    expect(() => prepareNovaConverseRequest(converseBody(), requestOf({ reasoning: 'low' }), infoOf('amazon.nova-micro-v1:0'))).toThrow(/amazon\.nova-micro-v1:0 has no reasoning/);
  });

  it('refuses a video (or image, document) part the model lacks before sending', () => {
    const request = requestOf({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Watch' }, { type: 'video', data: 'AAAA', mediaType: 'video/mp4' }] as never }] });
    expect(() => prepareNovaConverseRequest(converseBody(), request, infoOf('us.amazon.nova-micro-v1:0'))).toThrow('messages[0].content[1]: amazon.nova-micro-v1:0 takes no video input.');
    expect(prepareNovaConverseRequest(converseBody(), request, infoOf('us.amazon.nova-pro-v1:0'))).toBeDefined();
  });
});
