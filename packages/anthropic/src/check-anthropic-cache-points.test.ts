import { InputError, type ConverseRequestBody, type Part } from '@bedrock-kit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnthropicConverseRules } from './prepare-anthropic-converse-request';
import { anthropic } from './anthropic';
import { modelInfo, modelRequest, nativeBody } from './model-request.test-support';

// Claude's Converse rules are a chunk the facade loads before a request that has one (ConverseAdapter.load).
beforeAll(() => loadAnthropicConverseRules({ reasoning: 'low', providerOptions: {}, messages: [] } as never));

// Claude's limit of four cache checkpoints per request (Bedrock prompt-caching guide), on both routes:
// promptCache places only what fits beside the cache points placed by hand; more by hand is refused before sending.

const ephemeral = { type: 'ephemeral' };
const point = { cachePoint: { type: 'default' } };
const cached = { anthropicPromptCache: true };
const tools = [{ name: 't', inputSchema: { type: 'object' } }];

/** A user turn of `count` text parts, each followed by a cache point placed by hand. */
const pointsByHand = (count: number): Part[] => Array.from({ length: count }, (_, i) => [{ type: 'text' as const, text: `t${i}` }, { type: 'cache-point' as const }]).flat();

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (InputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const countMarks = (body: unknown) => JSON.stringify(body).match(/cache_control/g)?.length ?? 0;

describe('native body: at most four cache_control blocks', () => {
  it('five cache points by hand are an InputError naming the limit and the count; four pass', () => {
    const error = refusal(() => nativeBody({ messages: [{ role: 'user', content: pointsByHand(5) }] }));
    expect(error.message).toBe(
      "Claude takes at most 4 cache points per request; this one has 5: remove 1 of its cache-point parts.",
    );
    expect(countMarks(nativeBody({ messages: [{ role: 'user', content: pointsByHand(4) }] }))).toBe(4);
  });

  it('counts those in system parts too', () => {
    const systemParts = [{ type: 'text' as const, text: 's1' }, { type: 'cache-point' as const }, { type: 'text' as const, text: 's2' }, { type: 'cache-point' as const }];
    expect(refusal(() => nativeBody({ systemParts, messages: [{ role: 'user', content: pointsByHand(3) }] })).message).toMatch(/this one has 5: remove 1 of its cache-point parts/);
  });

  it('promptCache fills what is left, in order (system, tools, the last user turn), and keeps a mark placed by hand', () => {
    const body = nativeBody({ system: 'rules', tools, messages: [{ role: 'user', content: pointsByHand(2) }], providerOptions: cached });
    expect(body.system).toEqual([{ type: 'text', text: 'rules', cache_control: ephemeral }]);
    expect(body.tools[0].cache_control).toEqual(ephemeral);
    expect(countMarks(body)).toBe(4); // the turn's last block already carries the hand-placed mark

    const full = nativeBody({ system: 'rules', tools, messages: [{ role: 'user', content: [...pointsByHand(3), { type: 'text', text: 'q' }] }], providerOptions: cached });
    expect(full.system).toEqual([{ type: 'text', text: 'rules', cache_control: ephemeral }]);
    expect(full.tools[0].cache_control).toBeUndefined();
    expect(full.messages[0].content.at(-1)).toEqual({ type: 'text', text: 'q' });
    expect(countMarks(full)).toBe(4);

    const handTtl = nativeBody({ messages: [{ role: 'user', content: [{ type: 'text', text: 'q' }, { type: 'cache-point', ttl: '1h' }] }], providerOptions: cached }, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(handTtl.messages[0].content).toEqual([{ type: 'text', text: 'q', cache_control: { type: 'ephemeral', ttl: '1h' } }]);
  });

  it('counts the body as sent: cache_control brought by additionalModelRequestFields, in tool result content too', () => {
    const marked = (text: string) => ({ type: 'text', text, cache_control: ephemeral });
    const additionalModelRequestFields = {
      system: [marked('a'), marked('b')],
      messages: [{ role: 'user', content: [marked('c'), { type: 'tool_result', tool_use_id: 'x', content: [marked('d'), marked('e')] }] }],
    };
    expect(refusal(() => nativeBody({ additionalModelRequestFields })).message).toMatch(/this one has 5:/);
  });
});

describe('Converse body: at most four cachePoint blocks', () => {
  // The facade builds these bodies from a request whose parts hold the cache points: the request says so too.
  const byHand = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 't' }, { type: 'cache-point' as const }] }];
  const prepare = (body: ConverseRequestBody, providerOptions: Record<string, unknown> = {}) =>
    anthropic.converse!.prepareRequest!(body, modelRequest({ providerOptions, messages: byHand }), modelInfo());
  const turn = (count: number) => Array.from({ length: count }, (_, i) => [{ text: `t${i}` }, point]).flat();

  it('five cache points by hand are an InputError naming the limit and the count, with or without promptCache', () => {
    const body: ConverseRequestBody = { system: [{ text: 's' }, point], messages: [{ role: 'user', content: turn(4) }] };
    for (const options of [{}, cached]) {
      expect(refusal(() => prepare(body, options)).message).toBe(
        "Claude takes at most 4 cache points per request; this one has 5: remove 1 of its cache-point parts.",
      );
    }
  });

  it('four by hand pass, and promptCache then adds none', () => {
    const body: ConverseRequestBody = { system: [{ text: 's' }], toolConfig: { tools: [{ toolSpec: { name: 't' } }] }, messages: [{ role: 'user', content: [...turn(4), { text: 'q' }] }] };
    const next = prepare(body, cached);
    expect(next.system).toEqual(body.system);
    expect(next.toolConfig).toEqual(body.toolConfig);
    expect(JSON.stringify(next).match(/cachePoint/g)).toHaveLength(4);
  });
});
