import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './cohere-native-codec';
import { createTestRequest, testModel } from './test-request.test-support';

// openllmetry test_cohere_completion: InvokeModel on the legacy `cohere.command-text-v14`,
// recorded 2024-10-23. The family claims this model on purpose (see cohere-models.ts).
const [exchange] = readCassette('openllmetry', 'test_cohere_completion');

describe('recorded legacy Command exchange (openllmetry test_cohere_completion)', () => {
  it('is the model the table routes to the prompt body', () => {
    expect(exchange!.request.uri).toMatch(/\/model\/cohere\.command-text-v14\/invoke$/);
  });

  it('builds the same body from the same inputs', () => {
    const recorded = JSON.parse(exchange!.request.body!);
    const ours = nativeCodec.prepareRequest(
      createTestRequest({ messages: [{ role: 'user', content: recorded.prompt }], maxTokens: 200, temperature: 0.5, topP: 0.5 }),
      testModel('cohere.command-text-v14'),
    ).body;
    expect(ours).toEqual(recorded);
    expect(recorded).toEqual({ prompt: 'Tell me a joke about opentelemetry', max_tokens: 200, temperature: 0.5, p: 0.5 });
  });

  it('decodes the recorded answer with usage from the response headers', () => {
    const headers = new Headers();
    for (const [name, values] of Object.entries(exchange!.response.headers)) headers.set(name, values.join(', '));
    const body = JSON.parse(new TextDecoder().decode(exchange!.response.body));
    const response = nativeCodec.parseResponse(body, { headers });
    expect(response.finishReason).toBe('stop');
    expect(response.usage).toEqual({ inputTokens: 9, outputTokens: 112, totalTokens: 121 });
    expect(response.content).toHaveLength(1);
    const text = (response.content[0] as { text: string }).text;
    expect(text.startsWith(' What does an open-source project say to a cloud provider?')).toBe(true);
    expect(text).toContain('"I trace at every opportunity!"');
    expect(text.endsWith('feel free to ask for a clarification.')).toBe(true);
  });
});
