import {
  convertUsageToParts,
  hasGuardrailIntervened,
  mapConverseStopReason,
  parseInvocationMetrics,
  type ModelStreamPart,
  type NativeStreamParser,
} from '@bedrock-kit/core';
import { createThinkingTagSplitter, type ThinkingSegment } from './create-thinking-tag-splitter';
import { readNovaUsage } from './read-nova-usage';

type Json = Record<string, any>;

const toDeltas = (segments: ThinkingSegment[]): ModelStreamPart[] => segments.map(({ type, text }) => ({ type: `${type}-delta`, text }));

/**
 * Parses Nova InvokeModelWithResponseStream chunks: `messageStart`, `contentBlockStart` (a tool
 * use), `contentBlockDelta` (`text`, `reasoningContent`, `toolUse.input`, `citation`),
 * `contentBlockStop`, `messageStop` (`stopReason`), `metadata` (`usage`), and the
 * `amazon-bedrock-invocationMetrics` Bedrock adds to the last chunk (both kept when one chunk
 * has them). Nova opens a block per text delta, so a text block's stop does not end the text part:
 * the text is the deltas joined with nothing. `<thinking>` tags (Nova 1) become reasoning even when
 * a tag is split across deltas. A server-side tool use (web grounding) is never a tool call.
 */
export function createNovaStreamParser(): NativeStreamParser {
  const splitter = createThinkingTagSplitter();
  /** Block indexes of client tool uses, and of server tool uses whose deltas are skipped. */
  const toolUses = new Map<number, string>();
  const serverBlocks = new Set<number>();

  return {
    parse(chunk) {
      const data = (chunk ?? {}) as Json;
      const parts: ModelStreamPart[] = [];
      const start = data.contentBlockStart;
      if (start) {
        const index: number = start.contentBlockIndex ?? toolUses.size;
        const toolUse = start.start?.toolUse;
        if (toolUse?.type === 'server_tool_use') serverBlocks.add(index);
        else if (toolUse) {
          const id = String(toolUse.toolUseId);
          toolUses.set(index, id);
          parts.push(...toDeltas(splitter.flush()), { type: 'tool-call-start', id, name: String(toolUse.name) });
        } else if (start.start?.toolResult) serverBlocks.add(index);
      }
      const delta = data.contentBlockDelta;
      if (delta && !serverBlocks.has(delta.contentBlockIndex)) {
        const { text, reasoningContent, toolUse } = delta.delta ?? {};
        if (typeof text === 'string') parts.push(...toDeltas(splitter.push(text)));
        if (typeof reasoningContent?.text === 'string' && reasoningContent.text !== '') parts.push({ type: 'reasoning-delta', text: reasoningContent.text });
        if (typeof reasoningContent?.signature === 'string') parts.push({ type: 'reasoning-signature', signature: reasoningContent.signature });
        if (typeof reasoningContent?.redactedContent === 'string') parts.push({ type: 'reasoning-redacted', data: reasoningContent.redactedContent });
        const id = toolUses.get(delta.contentBlockIndex);
        if (typeof toolUse?.input === 'string' && toolUse.input !== '' && id !== undefined) parts.push({ type: 'tool-call-delta', id, inputDelta: toolUse.input });
      }
      const stop = data.contentBlockStop;
      // Only a tool use's stop ends its part; text blocks arrive one per delta and join into one part.
      if (stop && toolUses.has(stop.contentBlockIndex)) parts.push({ type: 'block-end' });
      if (data.messageStop) {
        const finishReason = hasGuardrailIntervened(data) ? 'content-filter' : mapConverseStopReason(data.messageStop.stopReason);
        parts.push(...toDeltas(splitter.flush()), { type: 'finish', finishReason });
      }
      if (data.metadata) parts.push(...convertUsageToParts(readNovaUsage(data.metadata.usage)));
      // Bedrock's own counts come last so they win over the body's.
      const metrics = parseInvocationMetrics(chunk);
      if (metrics && Object.keys(metrics).length > 0) {
        const { inputTokens, outputTokens, cacheReadTokens = 0, cacheWriteTokens = 0 } = metrics;
        const complete = inputTokens !== undefined && outputTokens !== undefined;
        parts.push({ type: 'usage', usage: complete ? { ...metrics, totalTokens: inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens } : metrics });
      }
      return parts;
    },
    flush: () => toDeltas(splitter.flush()),
  };
}
