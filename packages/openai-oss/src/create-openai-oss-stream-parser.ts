import { parseInvocationMetrics, type ModelStreamPart, type NativeStreamParser } from '@bedrock-kit/core';
import { createReasoningTagSplitter, type ReasoningTagSegment } from './create-reasoning-tag-splitter';
import { mapOpenaiOssFinishReason } from './map-openai-oss-finish-reason';
import { parseOpenaiOssUsage } from './parse-openai-oss-usage';

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

  const toParts = (segments: ReasoningTagSegment[]): ModelStreamPart[] =>
    segments.map((segment) =>
      segment.type === 'reasoning' ? { type: 'reasoning-delta', text: segment.text } : { type: 'text-delta', text: segment.text },
    );

  return {
    parse(chunk) {
      if (typeof chunk !== 'object' || chunk === null) return [];
      const data = chunk as Record<string, any>;
      const parts: ModelStreamPart[] = [];
      const choice = Array.isArray(data.choices) ? data.choices[0] : undefined;
      const delta = (choice?.delta ?? {}) as Record<string, any>;

      const reasoning = delta.reasoning_content ?? delta.reasoning;
      if (typeof reasoning === 'string' && reasoning !== '') parts.push({ type: 'reasoning-delta', text: reasoning });
      if (typeof delta.content === 'string' && delta.content !== '') parts.push(...toParts(splitter.push(delta.content)));

      if (Array.isArray(delta.tool_calls)) {
        for (const call of delta.tool_calls as Record<string, any>[]) {
          const index = typeof call?.index === 'number' ? call.index : toolCallIds.size;
          let id = toolCallIds.get(index);
          if (id === undefined) {
            // A partial tag held back belongs before the tool call, not after it.
            parts.push(...toParts(splitter.flush()));
            id = typeof call?.id === 'string' && call.id !== '' ? call.id : `call_${index}`;
            toolCallIds.set(index, id);
            parts.push({ type: 'tool-call-start', id, name: String(call?.function?.name ?? '') });
          }
          const argumentsDelta = call?.function?.arguments;
          if (typeof argumentsDelta === 'string' && argumentsDelta !== '') {
            parts.push({ type: 'tool-call-delta', id, inputDelta: argumentsDelta });
          }
        }
      }

      if (choice?.finish_reason !== undefined && choice.finish_reason !== null) {
        parts.push(...toParts(splitter.flush()));
        parts.push({ type: 'finish', finishReason: mapOpenaiOssFinishReason(choice.finish_reason) });
      }
      const usage = parseOpenaiOssUsage(data.usage);
      if (usage) parts.push({ type: 'usage', usage });
      // Bedrock's own counts come last so they win over the model's.
      const metrics = parseInvocationMetrics(data);
      if (metrics && Object.keys(metrics).length > 0) {
        const total =
          metrics.inputTokens !== undefined && metrics.outputTokens !== undefined
            ? { totalTokens: metrics.inputTokens + metrics.outputTokens }
            : {};
        parts.push({ type: 'usage', usage: { ...metrics, ...total } });
      }
      return parts;
    },
    flush() {
      return toParts(splitter.flush());
    },
  };
}
