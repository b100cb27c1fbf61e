import { describe, expect, it } from 'vitest';
import { parseNovaResponse } from './parse-nova-response';

const headers = new Headers();

describe('parseNovaResponse', () => {
  it('text, stop reason and usage with cache counts (a wire 0 stays 0)', () => {
    const response = parseNovaResponse(
      {
        output: { message: { role: 'assistant', content: [{ text: 'Hello there.' }] } },
        stopReason: 'end_turn',
        usage: { inputTokens: 5, outputTokens: 4, totalTokens: 1209, cacheReadInputTokenCount: 1200, cacheWriteInputTokenCount: 0 },
      },
      { headers },
    );
    expect(response).toEqual({
      content: [{ type: 'text', text: 'Hello there.' }],
      finishReason: 'stop',
      usage: { inputTokens: 5, outputTokens: 4, totalTokens: 1209, cacheReadTokens: 1200, cacheWriteTokens: 0 },
    });
  });

  it('several text blocks join with nothing between them; Nova 1 <thinking> becomes reasoning', () => {
    const response = parseNovaResponse(
      {
        output: {
          message: {
            role: 'assistant',
            content: [
              { text: '<thinking>The user wants the weather; I will call the tool.</thinking>\n' },
              { text: 'Let me ' },
              { text: 'check.' },
              { toolUse: { toolUseId: 'tooluse_abc', name: 'weather', input: { city: 'Oslo' } } },
            ],
          },
        },
        stopReason: 'tool_use',
        usage: { inputTokens: 50, outputTokens: 30, totalTokens: 80 },
      },
      { headers },
    );
    expect(response.content).toEqual([
      { type: 'reasoning', text: 'The user wants the weather; I will call the tool.' },
      { type: 'text', text: 'Let me check.' },
      { type: 'tool-call', id: 'tooluse_abc', name: 'weather', input: { city: 'Oslo' } },
    ]);
    expect(response.finishReason).toBe('tool-calls');
  });

  it("Nova 2's [REDACTED] reasoning block is a reasoning part without a signature", () => {
    const response = parseNovaResponse(
      {
        output: { message: { role: 'assistant', content: [{ reasoningContent: { reasoningText: { text: '[REDACTED]' } } }, { text: '42' }] } },
        stopReason: 'end_turn',
        usage: { inputTokens: 10, outputTokens: 300 },
      },
      { headers },
    );
    expect(response.content).toEqual([
      { type: 'reasoning', text: '[REDACTED]' },
      { type: 'text', text: '42' },
    ]);
    expect(response.usage.totalTokens).toBe(310);
  });

  it('web grounding: server tool use and its result are not tool calls; grounded text joins around the citations', () => {
    const response = parseNovaResponse(
      {
        output: {
          message: {
            role: 'assistant',
            content: [
              { toolUse: { toolUseId: 'srv_1', name: 'nova_grounding', input: { query: 'news' }, type: 'server_tool_use' } },
              { toolResult: { toolUseId: 'srv_1', content: [{ text: '…' }], type: 'nova_grounding_result' } },
              { text: 'Today ' },
              { citationsContent: { content: [{ text: 'it rained' }], citations: [{ location: { web: { url: 'https://example.com', domain: 'example.com' } } }] } },
              { text: '.' },
            ],
          },
        },
        stopReason: 'end_turn',
        usage: { inputTokens: 1, outputTokens: 1 },
      },
      { headers },
    );
    expect(response.content).toEqual([{ type: 'text', text: 'Today it rained.' }]);
  });

  it('guardrail intervention and length; counts from headers when the body has none', () => {
    const filtered = parseNovaResponse({ output: { message: { content: [] } }, stopReason: 'end_turn', 'amazon-bedrock-guardrailAction': 'INTERVENED', 'amazon-bedrock-trace': { guardrail: {} } }, { headers });
    expect(filtered.finishReason).toBe('content-filter');
    expect(filtered.providerMetadata).toEqual({ trace: { guardrail: {} } });
    const long = parseNovaResponse(
      { output: { message: { content: [{ text: 'abc' }] } }, stopReason: 'max_tokens' },
      { headers: new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '7', 'X-Amzn-Bedrock-Output-Token-Count': '3' }) },
    );
    expect(long).toMatchObject({ finishReason: 'length', usage: { inputTokens: 7, outputTokens: 3, totalTokens: 10 } });
  });
});
