import { describe, expect, it } from 'vitest';
import { anthropic } from './anthropic';
import { modelInfo, modelRequest } from './model-request.test-support';
import { hasAnthropicConverseRules } from './prepare-anthropic-converse-request';

// Its own file: the rules' chunk starts unloaded (vitest gives each file fresh modules).
describe("Claude's Converse rules, loaded on use (ConverseAdapter.load)", () => {
  const body = { messages: [{ role: 'user' as const, content: [{ text: 'Hi' }] }] };

  it('a plain request needs none: nothing loads and the body goes as the facade built it', () => {
    const request = modelRequest({ tools: [{ name: 'weather', inputSchema: { type: 'object' } }] });
    expect(anthropic.converse!.load!(request)).toBeUndefined();
    expect(anthropic.converse!.prepareRequest!(body, request, modelInfo())).toBe(body);
  });

  const ruled = [
    ['reasoning', { reasoning: 'low' }],
    ['thinking in additionalModelRequestFields', { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } }],
    ['promptCache', { providerOptions: { promptCache: true } }],
    ['anthropicCitations', { providerOptions: { anthropicCitations: true } }],
    ['a cache point by hand', { messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'cache-point' }] }] }],
  ] as const;

  it.each(ruled)('%s needs them', (_, overrides) => {
    expect(hasAnthropicConverseRules(modelRequest(overrides as never))).toBe(true);
  });

  it('the first request that needs them loads them (once), then they apply', async () => {
    const request = modelRequest({ providerOptions: { promptCache: true } });
    const loading = anthropic.converse!.load!(request);
    expect(loading).toBeInstanceOf(Promise);
    await loading;
    expect(anthropic.converse!.load!(modelRequest({ reasoning: 'low' }))).toBeUndefined();
    const cached = anthropic.converse!.prepareRequest!(body, request, modelInfo());
    expect(JSON.stringify(cached)).toContain('cachePoint');
  });
});
