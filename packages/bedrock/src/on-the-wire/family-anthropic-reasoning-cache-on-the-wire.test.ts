import { anthropic } from '@bedrock-kit/anthropic';
import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { collect, failure, reasoningOf, routeOf, streamFailure, textOf, useFamilyEmulator, weatherTools, type Json } from './family-on-the-wire.test-support';

// Claude 3.7 Sonnet: reasoning and prompt caching; profile-only, so called through `us.`.
const model = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
const thinking = { thinking: { type: 'enabled', budget_tokens: 1024 } };
const { context, bedrock, request } = useFamilyEmulator([anthropic]);

const thoughtReply = {
  reply: { content: [{ type: 'reasoning' as const, text: 'The user greets me. A short answer fits.', signature: 'sig-abc' }, { type: 'text' as const, text: 'Hi!' }] },
};

describe('anthropic reasoning on the wire', () => {
  it('native stream: thinking sent top-level, streamed as reasoning-delta, signature kept and sent back next turn', async () => {
    context.emulator.enqueue(thoughtReply);
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Hello', providerOptions: { additionalModelRequestFields: thinking } }));
    const first = request(0);
    expect(routeOf(first)).toBe('invoke-with-response-stream');
    expect(first.body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 4096, thinking: thinking.thinking });
    expect(events.filter((e) => e.type === 'reasoning-delta').length).toBeGreaterThan(1);
    expect(reasoningOf(events)).toBe('The user greets me. A short answer fits.');
    expect(textOf(events)).toBe('Hi!');
    expect(result.text).toBe('Hi!');
    expect(result.reasoning).toEqual([{ text: 'The user greets me. A short answer fits.', signature: 'sig-abc' }]);

    const messages: Message[] = [{ role: 'user', content: 'Hello' }, ...result.response.messages, { role: 'user', content: 'And now?' }];
    await bedrock().generateText({ model, messages, providerOptions: { additionalModelRequestFields: thinking } });
    expect(request(1).body.messages[1]).toEqual({
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'The user greets me. A short answer fits.', signature: 'sig-abc' },
        { type: 'text', text: 'Hi!' },
      ],
    });
  });

  it('native: a thinking budget above the default raises max_tokens so the budget fits', async () => {
    await bedrock().generateText({ model, prompt: 'Hi', providerOptions: { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } } } });
    expect(request(0).body.max_tokens).toBe(12096);
  });

  it('Converse stream: thinking in additionalModelRequestFields, reasoning deltas, signature sent back as reasoningText', async () => {
    context.emulator.enqueue(thoughtReply);
    const { events, result } = await collect(
      bedrock().streamText({ model, prompt: 'Hello', providerOptions: { useConverse: true, additionalModelRequestFields: thinking } }),
    );
    expect(routeOf(request(0))).toBe('converse-stream');
    expect(request(0).body.additionalModelRequestFields).toEqual(thinking);
    expect(reasoningOf(events)).toBe('The user greets me. A short answer fits.');
    expect(result.reasoning).toEqual([{ text: 'The user greets me. A short answer fits.', signature: 'sig-abc' }]);

    const messages: Message[] = [{ role: 'user', content: 'Hello' }, ...result.response.messages, { role: 'user', content: 'More' }];
    await bedrock().generateText({ model, messages, providerOptions: { useConverse: true, additionalModelRequestFields: thinking } });
    expect(request(1).body.messages[1].content[0]).toEqual({
      reasoningContent: { reasoningText: { text: 'The user greets me. A short answer fits.', signature: 'sig-abc' } },
    });
  });

  it('redacted reasoning round-trips natively (redacted_thinking data unchanged)', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'redacted-reasoning', data: 'EtkECkYIBhgCKkBopaque' }, { type: 'text', text: 'Sure.' }] } });
    const { events, result } = await collect(bedrock().streamText({ model, prompt: 'Hi', providerOptions: { additionalModelRequestFields: thinking } }));
    expect(textOf(events)).toBe('Sure.');
    const reasoning = result.content.find((part) => part.type === 'reasoning');
    expect(reasoning).toMatchObject({ type: 'reasoning', redacted: expect.any(String) });

    const messages: Message[] = [{ role: 'user', content: 'Hi' }, ...result.response.messages, { role: 'user', content: 'Go on' }];
    await bedrock().generateText({ model, messages, providerOptions: { additionalModelRequestFields: thinking } });
    expect(request(1).body.messages[1].content[0]).toEqual({ type: 'redacted_thinking', data: 'EtkECkYIBhgCKkBopaque' });
  });

  it('redacted reasoning round-trips over Converse (redactedContent unchanged)', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'redacted-reasoning', data: 'RXRrRUNrWUlCaGdD' }, { type: 'text', text: 'Sure.' }] } });
    const first = await bedrock().generateText({ model, prompt: 'Hi', providerOptions: { useConverse: true, additionalModelRequestFields: thinking } });
    expect(first.content[0]).toMatchObject({ type: 'reasoning', redacted: 'RXRrRUNrWUlCaGdD' });
    const messages: Message[] = [{ role: 'user', content: 'Hi' }, ...first.response.messages, { role: 'user', content: 'Go on' }];
    await bedrock().generateText({ model, messages, providerOptions: { useConverse: true, additionalModelRequestFields: thinking } });
    expect(request(1).body.messages[1].content[0]).toEqual({ reasoningContent: { redactedContent: 'RXRrRUNrWUlCaGdD' } });
  });

  it('a redacted block from a native answer goes back over Converse as the same bytes', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'redacted-reasoning', data: 'EtkECkYIBhgC' }, { type: 'text', text: 'Ok.' }] } });
    const first = await bedrock().generateText({ model, prompt: 'Hi', providerOptions: { additionalModelRequestFields: thinking } });
    const messages: Message[] = [{ role: 'user', content: 'Hi' }, ...first.response.messages, { role: 'user', content: 'Weather?' }];
    await bedrock().generateText({ model, messages, tools: weatherTools, providerOptions: { additionalModelRequestFields: thinking } });
    expect(routeOf(request(1))).toBe('converse');
    const redacted = request(1).body.messages[1].content[0].reasoningContent.redactedContent as string;
    expect(atob(redacted)).toBe('EtkECkYIBhgC');
  });
});

describe('anthropic prompt caching on the wire', () => {
  const cached = { anthropicPromptCache: true, anthropicPromptCacheTtl: '1h' };
  const system = 'You are a meticulous assistant. '.repeat(20);

  it('Converse: cachePoint blocks with ttl 1h after system, tools and the last user turn; write then read tokens', async () => {
    const call = () => bedrock().generateText({ model, system, prompt: 'Weather in Oslo?', tools: weatherTools, providerOptions: cached });
    const first = await call();
    const body = request(0).body;
    const point = { cachePoint: { type: 'default', ttl: '1h' } };
    expect(routeOf(request(0))).toBe('converse');
    expect(body.system).toEqual([{ text: system }, point]);
    expect(body.toolConfig.tools.at(-1)).toEqual(point);
    expect(body.messages[0].content).toEqual([{ text: 'Weather in Oslo?' }, point]);
    expect(first.usage.cacheWriteTokens).toBeGreaterThan(0);
    expect(first.usage.cacheReadTokens ?? 0).toBe(0);

    const second = await call();
    expect(second.usage.cacheReadTokens).toBe(first.usage.cacheWriteTokens);
    expect(second.usage.cacheWriteTokens ?? 0).toBe(0);
  });

  it('Converse: the conversation cache point goes before trailing documents, never right after them', async () => {
    const messages: Message[] = [
      { role: 'user', content: [{ type: 'text', text: 'Summarise this.' }, { type: 'document', data: btoa('Plain text body.'), mediaType: 'text/plain', name: 'notes' }] },
    ];
    await bedrock().generateText({ model, messages, providerOptions: { ...cached, useConverse: true } });
    const content = request(0).body.messages[0].content as Json[];
    expect(content.map((block) => Object.keys(block)[0])).toEqual(['text', 'cachePoint', 'document']);
  });

  it('native: cache_control with ttl 1h on system, the last tool and the last user block; usage reports cache tokens', async () => {
    const call = () => bedrock().generateText({ model, system, prompt: 'Weather in Oslo?', tools: weatherTools, providerOptions: { ...cached, useConverse: false } });
    const first = await call();
    const body = request(0).body;
    const control = { type: 'ephemeral', ttl: '1h' };
    expect(routeOf(request(0))).toBe('invoke');
    expect(body.system).toEqual([{ type: 'text', text: system, cache_control: control }]);
    expect(body.tools.at(-1).cache_control).toEqual(control);
    expect(body.messages[0].content).toEqual([{ type: 'text', text: 'Weather in Oslo?', cache_control: control }]);
    expect(first.usage.cacheWriteTokens).toBeGreaterThan(0);

    const second = await call();
    expect(second.usage).toMatchObject({ cacheReadTokens: first.usage.cacheWriteTokens, cacheWriteTokens: 0 });
  });

  it('native stream: cache read/write tokens arrive with the stream usage', async () => {
    context.emulator.enqueue({ reply: { text: 'cached answer', usage: { inputTokens: 4, outputTokens: 2, cacheReadInputTokens: 120, cacheWriteInputTokens: 30 } } });
    const { events, result } = await collect(bedrock().streamText({ model, system, prompt: 'Hi', providerOptions: cached }));
    expect(request(0).body.system[0].cache_control).toEqual({ type: 'ephemeral', ttl: '1h' });
    expect(events.at(-1)).toMatchObject({ type: 'finish', usage: { inputTokens: 4, outputTokens: 2, cacheReadTokens: 120, cacheWriteTokens: 30 } });
    expect(result.usage).toMatchObject({ inputTokens: 4, outputTokens: 2, cacheReadTokens: 120, cacheWriteTokens: 30 });
  });

  it.each([true, false])('more than four cache points (Claude\'s limit) are an InputError before anything is sent (useConverse %s)', async (useConverse) => {
    const pairs = Array.from({ length: 5 }, (_, i) => [{ type: 'text' as const, text: `Chapter ${i}` }, { type: 'cache-point' as const }]);
    const messages: Message[] = [{ role: 'user', content: pairs.flat() }];
    const providerOptions = { anthropicPromptCache: true, useConverse };
    const refused = [await failure(bedrock().generateText({ model, system, messages, providerOptions }))];
    refused.push(await streamFailure(bedrock().streamText({ model, system, messages, providerOptions })));
    for (const error of refused) {
      expect(InputError.isInstance(error)).toBe(true);
      expect(error!.message).toMatch(/^Claude takes at most 4 cache points per request; this one has 5: remove 1 of its cache-point parts\.$/);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('prompt caching on a model without it (Claude 3 Haiku) is refused before sending', async () => {
    await expect(bedrock().generateText({ model: 'anthropic.claude-3-haiku-20240307-v1:0', prompt: 'Hi', providerOptions: cached })).rejects.toThrow(
      /has no prompt caching on Bedrock/,
    );
    expect(context.emulator.requests).toHaveLength(0);
  });
});
