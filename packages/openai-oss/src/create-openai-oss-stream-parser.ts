import { convertUsageToParts, parseInvocationMetrics, type ModelStreamPart, type NativeStreamParser } from '@bedrock-kit/core';
import { createReasoningTagSplitter, type ReasoningTagSegment } from './create-reasoning-tag-splitter';
import { mapOpenaiOssFinishReason } from './map-openai-oss-finish-reason';
import { parseOpenaiOssUsage } from './parse-openai-oss-usage';
import { readOpenaiOssReasoning } from './read-openai-oss-reasoning';
import { readOpenaiOssToolCall } from './read-openai-oss-tool-call';

/** A `text` segment becomes a `text-delta`, a `reasoning` segment a `reasoning-delta`. */
const toDeltas = (segments: ReasoningTagSegment[]): ModelStreamPart[] =>
  segments.map(({ type, text }) => ({ type: `${type}-delta`, text }));

/**
 * Parses gpt-oss InvokeModelWithResponseStream chunks (chat-completions
 * `chat.completion.chunk` objects): `delta.content` (with `<reasoning>` tags
 * split across chunks), `delta.reasoning_content` / `delta.reasoning`,
 * `delta.tool_calls` by `index`, `finish_reason`, `usage`, and the
 * `amazon-bedrock-invocationMetrics` Bedrock adds to the last chunk (the same
 * chunk may also carry `finish_reason`; both are kept).
 */
export function createOpenaiOssStreamParser(): NativeStreamParser {
  const splitter = createReasoningTagSplitter();
  const toolCallIds = new Map<number, string>();

  return {
    parse(chunk) {
      const data = chunk as Record<string, any> | null;
      const choice = data?.choices?.[0];
      const delta: Record<string, any> = choice?.delta ?? {};
      const parts: ModelStreamPart[] = [];

      const reasoning = readOpenaiOssReasoning(delta);
      if (reasoning) parts.push({ type: 'reasoning-delta', text: reasoning });
      if (typeof delta.content === 'string') parts.push(...toDeltas(splitter.push(delta.content)));

      const toolCalls: Record<string, any>[] = Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
      for (const call of toolCalls) {
        const index: number = typeof call?.index === 'number' ? call.index : toolCallIds.size;
        const fields = readOpenaiOssToolCall(call, index);
        let id = toolCallIds.get(index);
        if (id === undefined) {
          id = fields.id;
          toolCallIds.set(index, id);
          // A partial tag held back belongs before the tool call, not after it.
          parts.push(...toDeltas(splitter.flush()), { type: 'tool-call-start', id, name: fields.name });
        }
        const inputDelta = fields.arguments;
        if (typeof inputDelta === 'string' && inputDelta !== '') parts.push({ type: 'tool-call-delta', id, inputDelta });
      }

      if (choice?.finish_reason !== undefined && choice.finish_reason !== null) {
        parts.push(...toDeltas(splitter.flush()), { type: 'finish', finishReason: mapOpenaiOssFinishReason(choice.finish_reason) });
      }
      parts.push(...convertUsageToParts(parseOpenaiOssUsage(data?.usage)));
      // Bedrock's own counts come last so they win over the model's.
      const metrics = parseInvocationMetrics(chunk);
      if (metrics && Object.keys(metrics).length > 0) {
        const { inputTokens, outputTokens } = metrics;
        const complete = inputTokens !== undefined && outputTokens !== undefined;
        parts.push({ type: 'usage', usage: complete ? { ...metrics, totalTokens: inputTokens + outputTokens } : metrics });
      }
      return parts;
    },
    flush: () => toDeltas(splitter.flush()),
  };
}
