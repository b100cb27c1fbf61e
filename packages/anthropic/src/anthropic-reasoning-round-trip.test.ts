import { createStreamAccumulator } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { nativeCodec } from './anthropic-native-codec';
import { nativeBody } from './model-request.test-support';
import { readRecordedEvents } from './recorded-chunks.test-support';

/*
 * The pydantic-ai thinking recordings are ConverseStream. Replaying the same answer as Claude's
 * native events (Converse's reasoning deltas are a 1:1 re-encoding of them) must give the same
 * parts, so a conversation can switch routes between turns and still send reasoning back.
 */
async function nativeEventsFromConverse(name: string): Promise<{ native: unknown[]; converse: Record<string, any>[] }> {
  const converse = (await readRecordedEvents('pydantic-ai', name)).map((e) => ({ [e.eventType!]: e.payload }));
  const native: unknown[] = [];
  for (const event of converse) {
    const delta = event.contentBlockDelta as Record<string, any>;
    if (delta?.delta.text !== undefined) native.push({ type: 'content_block_delta', index: delta.contentBlockIndex, delta: { type: 'text_delta', text: delta.delta.text } });
    const reasoning = delta?.delta.reasoningContent;
    if (reasoning?.text !== undefined) native.push({ type: 'content_block_delta', index: delta.contentBlockIndex, delta: { type: 'thinking_delta', thinking: reasoning.text } });
    if (reasoning?.signature !== undefined) native.push({ type: 'content_block_delta', index: delta.contentBlockIndex, delta: { type: 'signature_delta', signature: reasoning.signature } });
    if (reasoning?.redactedContent !== undefined) {
      native.push({ type: 'content_block_start', index: delta.contentBlockIndex, content_block: { type: 'redacted_thinking', data: atob(reasoning.redactedContent) } });
    }
    if (event.contentBlockStop) native.push({ type: 'content_block_stop', index: event.contentBlockStop.contentBlockIndex });
    if (event.messageStop) native.push({ type: 'message_delta', delta: { stop_reason: event.messageStop.stopReason }, usage: {} });
  }
  return { native, converse };
}

function accumulate(chunks: unknown[]) {
  const parser = nativeCodec.createStreamParser({ headers: new Headers() });
  const accumulator = createStreamAccumulator();
  for (const chunk of chunks) for (const part of parser.parse(chunk)) accumulator.push(part);
  accumulator.end();
  return accumulator.snapshot();
}

describe('reasoning across routes', () => {
  it('pydantic-ai test_bedrock_model_thinking_part_stream: thinking text and signature', async () => {
    const { native, converse } = await nativeEventsFromConverse('test_bedrock_model_thinking_part_stream');
    const signature = converse.find((e) => e.contentBlockDelta?.delta.reasoningContent?.signature)!.contentBlockDelta.delta.reasoningContent.signature;
    const result = accumulate(native);
    expect(result.content).toEqual([
      { type: 'reasoning', text: expect.stringMatching(/^The user has greeted me with a simple "Hello"\./), signature },
      { type: 'text', text: "Hello! It's nice to meet you. How can I help you today?" },
    ]);
    expect(result.finishReason).toBe('stop');
  });

  it('pydantic-ai test_bedrock_model_thinking_part_redacted_stream: redacted blocks keep the Converse bytes and go back natively unchanged', async () => {
    const { native, converse } = await nativeEventsFromConverse('test_bedrock_model_thinking_part_redacted_stream');
    const recorded = converse.flatMap((e) => e.contentBlockDelta?.delta.reasoningContent?.redactedContent ?? []);
    expect(recorded).toHaveLength(2);
    const result = accumulate(native);
    expect(result.content.slice(0, 2)).toEqual(recorded.map((redacted: string) => ({ type: 'reasoning', text: '', redacted })));
    expect(result.text).toMatch(/^I notice you've sent what appears to be some kind of command/);

    // next turn, native route: the block goes back as the data Claude sent
    const body = nativeBody({ messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: result.content }, { role: 'user', content: 'y' }] });
    expect(body.messages[1].content.slice(0, 2)).toEqual(recorded.map((r: string) => ({ type: 'redacted_thinking', data: atob(r) })));
  });
});
