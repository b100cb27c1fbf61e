import { InputError, parseModelId, type ModelRequest } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { deepseekPromptTokens as t } from './deepseek-prompt-tokens';
import { prepareDeepseekRequest } from './prepare-deepseek-request';
import { resolveDeepseekModel } from './resolve-deepseek-model';

const r1 = resolveDeepseekModel(parseModelId('us.deepseek.r1-v1:0'))!;
const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({ messages: [{ role: 'user', content: 'Hi' }], providerOptions: {}, stream: false, ...overrides });

describe('prepareDeepseekRequest', () => {
  it("renders AWS's R1 template (full-width bars, ▁) and ends with the open <think>", () => {
    expect(t.beginOfSentence).toBe('<｜begin▁of▁sentence｜>');
    const { body, warnings } = prepareDeepseekRequest(request({ maxTokens: 512, temperature: 0.5, topP: 0.9, stopSequences: ['END'] }), r1);
    expect(body).toEqual({ prompt: '<｜begin▁of▁sentence｜><｜User｜>Hi<｜Assistant｜><think>\n', max_tokens: 512, temperature: 0.5, top_p: 0.9, stop: ['END'] });
    expect(warnings).toBeUndefined();
  });

  it('system first, earlier turns closed with end-of-sentence, reasoning of earlier turns left out with a warning', () => {
    const { body, warnings } = prepareDeepseekRequest(
      request({
        system: 'Be brief.',
        messages: [
          { role: 'user', content: 'Hello' },
          { role: 'assistant', content: [{ type: 'reasoning', text: 'greet back' }, { type: 'text', text: 'Hi!' }] },
          { role: 'user', content: [{ type: 'text', text: 'Count ' }, { type: 'text', text: 'to 3' }] },
        ],
      }),
      r1,
    );
    expect((body as { prompt: string }).prompt).toBe(
      `${t.beginOfSentence}Be brief.${t.user}Hello${t.assistant}Hi!${t.endOfSentence}${t.user}Count to 3${t.assistant}<think>\n`,
    );
    expect(warnings).toEqual([expect.stringMatching(/1 reasoning part\(s\) of earlier turns were not sent/)]);
  });

  it('a trailing assistant message is left open (prefill), without <think>', () => {
    const { body } = prepareDeepseekRequest(request({ messages: [{ role: 'user', content: 'Q' }, { role: 'assistant', content: 'The answer is' }] }), r1);
    expect((body as { prompt: string }).prompt).toBe(`${t.beginOfSentence}${t.user}Q${t.assistant}The answer is`);
  });

  it('additionalModelRequestFields are merged last', () => {
    expect(prepareDeepseekRequest(request({ maxTokens: 5, additionalModelRequestFields: { max_tokens: 9, extra: true } }), r1).body).toMatchObject({ max_tokens: 9, extra: true });
  });

  it('refuses tools on R1, naming the model (R1 has no tool use on Bedrock)', () => {
    const tools = [{ name: 'weather', inputSchema: { type: 'object' } }];
    expect(() => prepareDeepseekRequest(request({ tools }), r1)).toThrow(InputError);
    expect(() => prepareDeepseekRequest(request({ tools }), r1)).toThrow(/us\.deepseek\.r1-v1:0: DeepSeek-R1 has no tool use/);
  });

  it("accepts any reasoning value but 'none' on R1 (it always reasons; nothing is added to the body)", () => {
    for (const reasoning of ['low', 'high', 'max', { budgetTokens: 2048 }] as const) {
      expect(prepareDeepseekRequest(request({ reasoning }), r1).body).not.toHaveProperty('reasoning');
    }
    expect(() => prepareDeepseekRequest(request({ reasoning: 'none' }), r1)).toThrow(/always reasons; reasoning: 'none'/);
  });

  it('refuses more than 10 stop sequences and parts the prompt cannot carry', () => {
    const stops = Array.from({ length: 11 }, (_, i) => `s${i}`);
    expect(() => prepareDeepseekRequest(request({ stopSequences: stops }), r1)).toThrow(/at most 10 stop sequences \(us\.deepseek\.r1-v1:0 got 11\)/);
    const image = request({ messages: [{ role: 'user', content: [{ type: 'image', data: 'AA==', mediaType: 'image/png' }] }] });
    expect(() => prepareDeepseekRequest(image, r1)).toThrow(/deepseek native InvokeModel can't carry image parts \(messages\[0\], user\)/);
  });
});
