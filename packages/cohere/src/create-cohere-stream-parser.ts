import { parseInvocationMetrics, type ModelStreamPart, type NativeStreamParser } from '@bedrock-kit/core';
import { convertCohereCitations } from './convert-cohere-citations';
import { convertCohereToolCalls } from './convert-cohere-tool-calls';
import { mapCohereFinishReason } from './map-cohere-finish-reason';

// The legacy Command stream ends its text with this marker chunk before the final one.
const legacyEndOfText = '<EOS_TOKEN>';

/**
 * Parses Cohere InvokeModelWithResponseStream chunks. Command R chunks carry
 * `event_type` (Cohere v1 chat stream events): `stream-start`,
 * `text-generation` `{text}`, `citation-generation` `{citations}`,
 * `tool-calls-chunk` (partial, skipped: the complete calls follow),
 * `tool-calls-generation` `{tool_calls}`, and `stream-end`
 * `{finish_reason, response}` with `amazon-bedrock-invocationMetrics`.
 * Legacy Command chunks are `{text, is_finished}`.
 */
export function createCohereStreamParser(): NativeStreamParser {
  let toolCallCount = 0;
  let finished = false;

  const finish = (reason: unknown): ModelStreamPart[] => {
    if (finished) return [];
    finished = true;
    return [{ type: 'finish', finishReason: mapCohereFinishReason(reason, toolCallCount > 0) }];
  };

  const toolCalls = (raw: unknown): ModelStreamPart[] => {
    const calls = convertCohereToolCalls(raw, toolCallCount);
    toolCallCount += calls.length;
    return calls.map(({ id, name, input }) => ({ type: 'tool-call', id, name, input }));
  };

  return {
    parse(chunk) {
      if (typeof chunk !== 'object' || chunk === null) return [];
      const event = chunk as Record<string, unknown>;
      const parts: ModelStreamPart[] = [];
      switch (event.event_type) {
        case 'text-generation':
          if (typeof event.text === 'string' && event.text !== '') parts.push({ type: 'text-delta', text: event.text });
          break;
        case 'citation-generation':
          for (const citation of convertCohereCitations(event.citations)) parts.push({ type: 'citation', citation });
          break;
        case 'tool-calls-generation':
          parts.push(...toolCalls(event.tool_calls));
          break;
        case 'stream-end': {
          // The final response repeats the tool calls; use it only if no tool-calls-generation event came.
          const response = event.response as Record<string, unknown> | undefined;
          if (toolCallCount === 0 && response) parts.push(...toolCalls(response.tool_calls));
          parts.push(...finish(event.finish_reason ?? response?.finish_reason));
          break;
        }
        case undefined:
          // Legacy Command (`cohere.command-text-v14`): `{ text, is_finished, finish_reason? }`.
          if (event.is_finished === true) parts.push(...finish(event.finish_reason));
          else if (typeof event.text === 'string' && event.text !== '' && event.text !== legacyEndOfText) {
            parts.push({ type: 'text-delta', text: event.text });
          }
          break;
        default:
          // stream-start, tool-calls-chunk, search-queries-generation, search-results: nothing to surface.
          break;
      }
      const usage = parseInvocationMetrics(event);
      if (usage) parts.push({ type: 'usage', usage });
      return parts;
    },
  };
}
