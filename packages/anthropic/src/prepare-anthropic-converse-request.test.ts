import type { ConverseRequestBody, ModelRequest } from '@bedrock-kit/core';
import { readCassette } from '@bedrock-kit/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnthropicConverseRules } from './prepare-anthropic-converse-request';
import { anthropic } from './anthropic';
import { modelInfo, modelRequest } from './model-request.test-support';

// Claude's Converse rules are a chunk the facade loads before a request that has one (ConverseAdapter.load).
beforeAll(() => loadAnthropicConverseRules({ reasoning: 'low', providerOptions: {}, messages: [] } as never));

const prepare = (body: ConverseRequestBody, overrides: Partial<ModelRequest> = {}) =>
  anthropic.converse!.prepareRequest!(body, modelRequest(overrides), modelInfo());
const cached = { providerOptions: { anthropicPromptCache: true } };
const point = { cachePoint: { type: 'default' } };

const recordedBody = (name: string, index = 0) => JSON.parse(readCassette('pydantic-ai', name)[index]!.request.body!) as ConverseRequestBody;
const withoutCachePoints = (body: ConverseRequestBody): ConverseRequestBody => {
  const strip = <T>(blocks: T[]) => blocks.filter((b) => !(typeof b === 'object' && b !== null && 'cachePoint' in b));
  return {
    ...body,
    system: strip(body.system ?? []),
    toolConfig: body.toolConfig && { ...body.toolConfig, tools: strip(body.toolConfig.tools) },
    messages: body.messages.map((m) => ({ ...m, content: strip(m.content) })),
  };
};

describe('Converse cache points: recorded placement', () => {
  it('pydantic-ai test_bedrock_cache_write_and_read: after system, after tools, at the end of the last user turn', () => {
    const recorded = recordedBody('test_bedrock_cache_write_and_read');
    const content = recorded.messages[0]!.content;
    // The recording also holds one cache point the caller placed by hand mid-message (pydantic-ai's
    // CachePoint marker, after the "\n" that follows the document); bedrock-kit has no such marker.
    expect(content[3]).toEqual(point);
    const expected = { ...recorded, messages: [{ ...recorded.messages[0]!, content: [...content.slice(0, 3), ...content.slice(4)] }] };
    expect(prepare(withoutCachePoints(recorded), cached)).toEqual(expected);
    // the second request of the cassette (the cache read) is the same body
    expect(recordedBody('test_bedrock_cache_write_and_read', 1)).toEqual(recorded);
  });

  it('pydantic-ai test_bedrock_model_thinking_part_anthropic (turn 2): the cache point ends the last user turn, not the reasoning', () => {
    const recorded = recordedBody('test_bedrock_model_thinking_part_anthropic', 1);
    const next = prepare(recorded, cached);
    expect(next.messages[1]).toEqual(recorded.messages[1]);
    expect(next.messages[2]!.content).toEqual([...recorded.messages[2]!.content, point]);
    expect(next.system).toEqual([]); // pydantic-ai sends an empty system list: nothing to cache there
  });

  it('pydantic-ai test_tool_choice_matrix_auto-bedrock (turn 2): a cache point may follow a tool result', () => {
    const recorded = recordedBody('test_tool_choice_matrix_auto-bedrock', 1);
    const next = prepare(recorded, cached);
    expect(next.messages[2]!.content).toEqual([...recorded.messages[2]!.content, point]);
    expect(next.toolConfig!.tools.at(-1)).toEqual(point);
    expect(next.toolConfig!.toolChoice).toEqual({ auto: {} });
  });

  it('openllmetry test_anthropic_converse_stream_with_tool_use: no system → no system cache point; tools and the turn get one', () => {
    const recorded = JSON.parse(readCassette('openllmetry', 'test_anthropic_converse_stream_with_tool_use')[0]!.request.body!) as ConverseRequestBody;
    const next = prepare(recorded, cached);
    expect(next).not.toHaveProperty('system');
    expect(next.toolConfig!.tools).toEqual([...recorded.toolConfig!.tools, point]);
    expect(next.messages[0]!.content).toEqual([{ text: 'What is the weather in Barcelona?' }, point]);
    expect(next.inferenceConfig).toEqual({ maxTokens: 300, temperature: 0.5 });
  });

  it.each(['test_bedrock_model_anthropic_model_without_tools', 'test_bedrock_inference_profile_converse', 'test_tool_choice_matrix_auto-bedrock'])(
    'pydantic-ai %s: without anthropicPromptCache the body is returned untouched',
    (name) => {
      const recorded = recordedBody(name);
      expect(prepare(recorded)).toBe(recorded);
    },
  );
});

describe('Converse cache points: where Bedrock rejects them', () => {
  const user = (...content: Record<string, unknown>[]): ConverseRequestBody => ({ messages: [{ role: 'user', content }] });
  const doc = { document: { name: 'D', format: 'txt', source: { bytes: 'QQ==' } } };

  it('goes before a trailing run of documents / videos, never right after one', () => {
    const body = user({ text: 'Read these' }, doc, { video: {} }, doc);
    expect(prepare(body, cached).messages[0]!.content).toEqual([{ text: 'Read these' }, point, doc, { video: {} }, doc]);
  });

  it('is left out when the turn is only documents, empty, or already ends in a cache point', () => {
    for (const body of [user(doc), user(), user({ text: 'a' }, point)]) {
      expect(prepare(body, cached).messages).toEqual(body.messages);
    }
  });

  it('is never placed right after a reasoning block', () => {
    const body = user({ text: 'a' }, { reasoningContent: { reasoningText: { text: 't', signature: 's' } } });
    expect(prepare(body, cached).messages).toEqual(body.messages);
  });

  it('goes in the last user turn, even when an assistant turn follows it (prefill)', () => {
    const body: ConverseRequestBody = {
      messages: [
        { role: 'user', content: [{ text: 'q' }] },
        { role: 'assistant', content: [{ text: 'Partial' }] },
      ],
    };
    const next = prepare(body, cached);
    expect(next.messages[0]!.content).toEqual([{ text: 'q' }, point]);
    expect(next.messages[1]).toBe(body.messages[1]);
  });

  it('never exceeds four cache points, counting those already present (system first, then tools, then the turn)', () => {
    const body: ConverseRequestBody = {
      system: [{ text: 's' }],
      toolConfig: { tools: [{ toolSpec: { name: 't' } }] },
      messages: [{ role: 'user', content: [{ text: 'a' }, point, { text: 'b' }, point, { text: 'c' }] }],
    };
    const next = prepare(body, cached);
    expect(next.system).toEqual([{ text: 's' }, point]);
    expect(next.toolConfig!.tools).toEqual([{ toolSpec: { name: 't' } }, point]);
    expect(next.messages).toEqual(body.messages);
  });

  it('sets the TTL on every cache point with anthropicPromptCacheTtl', () => {
    const body: ConverseRequestBody = { system: [{ text: 's' }], toolConfig: { tools: [{ toolSpec: { name: 't' } }] }, messages: [{ role: 'user', content: [{ text: 'a' }] }] };
    const next = prepare(body, { providerOptions: { anthropicPromptCache: true, anthropicPromptCacheTtl: '1h' } });
    const ttl = { cachePoint: { type: 'default', ttl: '1h' } };
    expect([next.system!.at(-1), next.toolConfig!.tools.at(-1), next.messages[0]!.content.at(-1)]).toEqual([ttl, ttl, ttl]);
  });

  it('does not change the body it was given', () => {
    const body: ConverseRequestBody = { system: [{ text: 's' }], messages: [{ role: 'user', content: [{ text: 'a' }] }] };
    const copy = structuredClone(body);
    prepare(body, cached);
    expect(body).toEqual(copy);
  });
});

describe('Converse adapter: other quirks', () => {
  it('asks for citations on every document with anthropicCitations, keeping an explicit setting', () => {
    const body: ConverseRequestBody = {
      messages: [
        {
          role: 'user',
          content: [
            { document: { name: 'A', format: 'txt', source: { bytes: 'QQ==' } } },
            { document: { name: 'B', format: 'txt', source: { bytes: 'Qg==' }, citations: { enabled: false } } },
            { text: 'cite' },
          ],
        },
      ],
    };
    const next = prepare(body, { providerOptions: { anthropicCitations: true } });
    expect(next.messages[0]!.content.map((b) => (b.document as { citations?: unknown } | undefined)?.citations)).toEqual([{ enabled: true }, { enabled: false }, undefined]);
  });

  it('refuses forced tool use with extended thinking before sending', () => {
    const tools = [{ name: 'a', inputSchema: { type: 'object' } }];
    expect(() => prepare({ messages: [] }, { tools, toolChoice: { tool: 'a' }, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } })).toThrow(
      /extended thinking allows toolChoice 'auto' or 'none'/,
    );
  });
});
