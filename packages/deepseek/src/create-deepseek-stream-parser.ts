import { convertUsageToParts, hasGuardrailIntervened, parseInvocationMetrics, type ModelStreamPart, type NativeStreamParser } from '@bedrock-kit/core';
import { createThinkSplitter, type ThinkSegment } from './create-think-splitter';
import type { DeepseekResponseBody } from './deepseek-request-body';
import { mapDeepseekStopReason } from './map-deepseek-stop-reason';

const toDeltas = (segments: ThinkSegment[]): ModelStreamPart[] => segments.map(({ type, text }) => ({ type: `${type}-delta`, text }));

/**
 * Parses R1 InvokeModelWithResponseStream chunks (`{ choices: [{ text, stop_reason }] }`, the last
 * one with `amazon-bedrock-invocationMetrics` too). The `</think>` split runs across chunk
 * boundaries with the same rule as a whole answer: reasoning is released when `</think>` arrives,
 * and a stream that ends without it yields its text as text. Finish and usage of one chunk are both kept.
 */
export function createDeepseekStreamParser(): NativeStreamParser {
  const splitter = createThinkSplitter();
  let finished = false;
  return {
    parse(chunk) {
      const choice = (chunk as DeepseekResponseBody | null)?.choices?.[0];
      const parts = typeof choice?.text === 'string' ? toDeltas(splitter.push(choice.text)) : [];
      const intervened = hasGuardrailIntervened(chunk);
      if (!finished && (typeof choice?.stop_reason === 'string' || intervened)) {
        finished = true;
        parts.push(...toDeltas(splitter.flush()), { type: 'finish', finishReason: intervened ? 'content-filter' : mapDeepseekStopReason(choice?.stop_reason) });
      }
      parts.push(...convertUsageToParts(parseInvocationMetrics(chunk)));
      return parts;
    },
    flush: () => toDeltas(splitter.flush()),
  };
}
