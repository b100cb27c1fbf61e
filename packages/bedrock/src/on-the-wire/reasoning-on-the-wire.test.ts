import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { InputError, type ReasoningSetting } from '@bedrock-kit/core';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { describe, expect, it } from 'vitest';
import { collect, failure, reasoningOf, routeOf, useFamilyEmulator, type Json } from './family-on-the-wire.test-support';

// The `reasoning` request field (API.md "Request fields", "Exact rules": reasoning), per family and route,
// asserted on the bodies the emulator received (it validates Converse bodies against the service model).
const claude37 = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'; // budget thinking, levels low/medium/high
const opus46 = 'us.anthropic.claude-opus-4-6-v1'; // adaptive thinking + effort up to max
const opus47 = 'global.anthropic.claude-opus-4-7'; // adaptive only, effort up to xhigh/max
const haiku3 = 'anthropic.claude-3-haiku-20240307-v1:0'; // no reasoning
const gptOss = 'openai.gpt-oss-120b-1:0';
const { bedrock, request } = useFamilyEmulator([anthropic, openaiOss, cohere, metaLlama]);

type Route = 'invoke' | 'converse';
const routes: [Route, boolean][] = [
  ['invoke', false],
  ['invoke', true],
  ['converse', false],
  ['converse', true],
];

/** One call on a route, streaming or not; the body the emulator received and the reasoning the caller got. */
async function call(model: string, reasoning: ReasoningSetting, route: Route, stream: boolean, extra: Json = {}) {
  // 'never': a `stream false` case stays on the non-streaming wire even when maxTokens + budget passes the long-generation threshold.
  const providerOptions = { useConverse: route === 'converse', streamUnderTheHood: 'never' as const };
  const req = { model, prompt: 'Hello', reasoning, providerOptions, ...extra };
  if (stream) {
    const { events, result } = await collect(bedrock().streamText(req));
    return { body: request(0).body, path: routeOf(request(0)), reasoning: reasoningOf(events), result };
  }
  const result = await bedrock().generateText(req);
  return { body: request(0).body, path: routeOf(request(0)), reasoning: (result.reasoning ?? []).map((r) => r.text).join(''), result };
}

describe('reasoning: Claude', () => {
  it.each(routes)('%s (stream %s): { budgetTokens } → thinking enabled with budget_tokens; max_tokens makes room', async (route, stream) => {
    const { body, path, reasoning } = await call(claude37, { budgetTokens: 8000 }, route, stream);
    expect(path).toBe(route === 'invoke' ? (stream ? 'invoke-with-response-stream' : 'invoke') : stream ? 'converse-stream' : 'converse');
    const thinking = { type: 'enabled', budget_tokens: 8000 };
    if (route === 'invoke') {
      expect(body.thinking).toEqual(thinking);
      expect(body.max_tokens).toBe(8000 + 4096);
      expect(body.output_config).toBeUndefined();
    } else {
      expect(body.additionalModelRequestFields).toEqual({ thinking });
      expect(body.inferenceConfig).toEqual({ maxTokens: 8000 + 4096 });
      expect(body.outputConfig).toBeUndefined();
    }
    expect(reasoning).toContain('The user wrote "Hello"');
  });

  it.each(routes)('%s (stream %s): a level on a model without effort → the documented budget of that level', async (route, stream) => {
    const { body } = await call(claude37, 'medium', route, stream);
    const thinking = { type: 'enabled', budget_tokens: 4096 };
    if (route === 'invoke') expect(body.thinking).toEqual(thinking);
    else expect(body.additionalModelRequestFields).toEqual({ thinking });
  });

  it.each(routes)('%s (stream %s): a level on a model with effort → adaptive thinking + effort', async (route, stream) => {
    const { body, reasoning } = await call(opus46, 'max', route, stream);
    if (route === 'invoke') {
      expect(body.thinking).toEqual({ type: 'adaptive' });
      expect(body.output_config).toEqual({ effort: 'max' });
      expect(body.max_tokens).toBe(4096);
    } else {
      expect(body.additionalModelRequestFields).toEqual({ thinking: { type: 'adaptive' } });
      expect(body.outputConfig).toEqual({ effort: 'max' });
      expect(body.inferenceConfig).toBeUndefined();
    }
    expect(reasoning).not.toBe('');
  });

  it.each(routes)("%s (stream %s): 'none' sends no thinking", async (route, stream) => {
    const { body } = await call(opus46, 'none', route, stream);
    expect(route === 'invoke' ? body.thinking : body.additionalModelRequestFields).toBeUndefined();
    expect(route === 'invoke' ? body.output_config : body.outputConfig).toBeUndefined();
  });

  it("xhigh only where the row has it: Opus 4.7 sends it, Opus 4.6 and Claude 3.7 refuse it before sending", async () => {
    const { body } = await call(opus47, 'xhigh', 'converse', false);
    expect(body.outputConfig).toEqual({ effort: 'xhigh' });
    for (const model of [opus46, claude37]) {
      const error = await failure(bedrock().generateText({ model, prompt: 'Hi', reasoning: 'xhigh' }));
      expect(InputError.isInstance(error), model).toBe(true);
      expect(error!.message).toMatch(/reasoning: .* takes 'low', 'medium', 'high'.*got 'xhigh'/);
    }
  });

  it('refuses before sending: a budget on an adaptive-only model, a budget under 1024, maxTokens at or under the budget, thinking set twice, a forced tool', async () => {
    const cases: [Json, RegExp][] = [
      [{ model: opus47, reasoning: { budgetTokens: 4000 } }, /adaptive thinking only/],
      [{ model: claude37, reasoning: { budgetTokens: 500 } }, /smallest thinking budget is 1024/],
      [{ model: claude37, reasoning: { budgetTokens: 2048 }, maxTokens: 2048 }, /maxTokens \(2048\) must be larger than the thinking budget/],
      [{ model: claude37, reasoning: 'low', providerOptions: { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } } }, /both set thinking/],
      [
        { model: claude37, reasoning: 'low', tools: { t: { inputSchema: { type: 'object' } } }, toolChoice: 'required' },
        /reasoning allows toolChoice 'auto' or 'none' only/,
      ],
      [{ model: claude37, reasoning: { budgetTokens: 1.5 } }, /reasoning.budgetTokens must be a positive integer/],
      [{ model: claude37, reasoning: 'extreme' }, /reasoning must be one of/],
    ];
    for (const [extra, rule] of cases) {
      for (const useConverse of [false, true]) {
        const error = await failure(bedrock().generateText({ prompt: 'Hi', ...extra, providerOptions: { ...extra.providerOptions, useConverse } } as never));
        expect(InputError.isInstance(error), `${String(rule)} ${useConverse}`).toBe(true);
        expect(error!.message).toMatch(rule);
      }
    }
  });
});

describe('reasoning: gpt-oss', () => {
  it.each(routes)('%s (stream %s): a level → reasoning_effort', async (route, stream) => {
    const { body, reasoning } = await call(gptOss, 'high', route, stream);
    if (route === 'invoke') expect(body.reasoning_effort).toBe('high');
    else expect(body.additionalModelRequestFields).toEqual({ reasoning_effort: 'high' });
    expect(reasoning).not.toBe('');
  });

  it.each([
    ['none' as const, /always reasons, so 'none' can't be honoured/],
    ['max' as const, /takes 'low', 'medium' or 'high'.*got 'max'/],
    [{ budgetTokens: 2048 }, /takes 'low', 'medium' or 'high' \(reasoning_effort, no token budget\)/],
  ])('refuses %o on both routes before sending', async (reasoning, rule) => {
    for (const useConverse of [false, true]) {
      const error = await failure(bedrock().generateText({ model: gptOss, prompt: 'Hi', reasoning, providerOptions: { useConverse } }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(rule);
    }
  });
});

// Nova 2's reasoningConfig through the facade: packages/amazon/src/amazon-round-two-on-the-wire.test.ts.

describe('reasoning: models without it', () => {
  it.each([
    [haiku3, 'Claude'],
    ['cohere.command-r-plus-v1:0', 'Cohere'],
    ['us.meta.llama3-2-3b-instruct-v1:0', 'Llama'],
  ])('%s refuses any reasoning value on both routes before sending', async (model) => {
    for (const reasoning of ['low', 'none', { budgetTokens: 2048 }] as ReasoningSetting[]) {
      for (const useConverse of [false, true]) {
        const error = await failure(bedrock().generateText({ model, prompt: 'Hi', reasoning, providerOptions: { useConverse } }));
        expect(InputError.isInstance(error), `${model} ${JSON.stringify(reasoning)}`).toBe(true);
        expect(error!.message).toMatch(/has no reasoning on Bedrock/);
      }
    }
  });

  it('a model no configured family serves refuses reasoning (nothing could map it)', async () => {
    const error = await failure(bedrock().generateText({ model: 'writer.palmyra-x5-v1:0', prompt: 'Hi', reasoning: 'high' }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/no configured family serves/);
  });
});
