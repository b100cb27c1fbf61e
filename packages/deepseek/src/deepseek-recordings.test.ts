import { parseModelId } from '@bedrock-kit/core';
import { readCassetteFile, readRecordedModelId } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { splitThink } from './create-think-splitter';
import { deepseek } from './deepseek';

const file = new URL('./__fixtures__/pydantic-ai/test_bedrock_model_thinking_part_deepseek.yaml', import.meta.url).pathname;
type Block = { text?: string; reasoningContent?: { reasoningText: { text: string; signature?: string } } };

describe('recorded DeepSeek-R1 Converse exchange (pydantic-ai test_bedrock_model_thinking_part_deepseek)', () => {
  const exchanges = readCassetteFile(file);

  it('is served through the us. profile, which the table does not refuse', () => {
    expect(exchanges).toHaveLength(2);
    const id = readRecordedModelId(exchanges[0]!);
    expect(id).toBe('us.deepseek.r1-v1:0');
    const info = deepseek.resolveModel(parseModelId(id))!;
    expect(info.requiredInferenceProfile).toBeUndefined();
    expect(info.capabilities).toMatchObject({ reasoning: true, alwaysReasons: true, tools: false });
  });

  it('answers with reasoningContent that carries no signature, after the text', () => {
    for (const exchange of exchanges) {
      expect(exchange.response.status).toBe(200);
      const body = exchange.response.parsedBody as { stopReason: string; output: { message: { content: Block[] } }; usage: { inputTokens: number; outputTokens: number; totalTokens: number } };
      expect(body.stopReason).toBe('end_turn');
      const [text, reasoning] = body.output.message.content;
      expect(text!.text).toMatch(/^\n\nCrossing/);
      expect(reasoning!.reasoningContent!.reasoningText.text.length).toBeGreaterThan(100);
      expect(reasoning!.reasoningContent!.reasoningText).not.toHaveProperty('signature');
      expect(body.usage.totalTokens).toBe(body.usage.inputTokens + body.usage.outputTokens);
    }
  });

  it("R1's reasoning sent back as <think>…</think> text splits as a reasoning part with nothing after it", () => {
    const sent = JSON.parse(exchanges[1]!.request.body!) as { messages: { role: string; content: Block[] }[] };
    const echoed = sent.messages[1]!.content[1]!.text!;
    expect(echoed.startsWith('<think>\n')).toBe(true);
    const first = exchanges[0]!.response.parsedBody as { output: { message: { content: Block[] } } };
    const segments = splitThink(echoed);
    expect(segments).toEqual([{ type: 'reasoning', text: `\n${first.output.message.content[1]!.reasoningContent!.reasoningText.text}\n` }]);
  });
});
