import type { ConverseRequestBody } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { prepareOpenaiOssConverseRequest } from './prepare-openai-oss-converse-request';

describe('openai-oss Converse adapter', () => {
  it('removes reasoning signatures from assistant turns and keeps the reasoning text', () => {
    const body: ConverseRequestBody = {
      messages: [
        { role: 'user', content: [{ text: 'q' }] },
        {
          role: 'assistant',
          content: [{ reasoningContent: { reasoningText: { text: 'thought', signature: 'c2ln' } } }, { text: 'a' }],
        },
        { role: 'user', content: [{ text: 'q2' }] },
      ],
      additionalModelRequestFields: { reasoning_effort: 'low' },
    };
    const snapshot = structuredClone(body);
    const result = prepareOpenaiOssConverseRequest(body);
    expect(result.messages[1]!.content).toEqual([{ reasoningContent: { reasoningText: { text: 'thought' } } }, { text: 'a' }]);
    expect(result.messages[0]).toBe(body.messages[0]);
    expect(result.additionalModelRequestFields).toEqual({ reasoning_effort: 'low' });
    expect(body).toEqual(snapshot);
  });

  it('returns the same body when there is nothing to remove', () => {
    const body: ConverseRequestBody = {
      messages: [
        { role: 'user', content: [{ text: 'q' }] },
        { role: 'assistant', content: [{ reasoningContent: { reasoningText: { text: 't' } } }, { reasoningContent: { redactedContent: 'eA==' } }] },
      ],
    };
    expect(prepareOpenaiOssConverseRequest(body)).toBe(body);
  });
});
