import { convertTextToDeltaParts, convertUsageToParts, hasGuardrailIntervened, parseInvocationMetrics, readTokenCounts, type ModelStreamPart, type NativeStreamParser } from '@bedrock-kit/core';
import { createStopSequenceFilter } from './create-stop-sequence-filter';
import { llamaTokenCounts } from './llama-token-counts';
import { mapMetaLlamaStopReason } from './map-meta-llama-stop-reason';
import type { MetaLlamaResponseBody } from './meta-llama-request-body';
import type { MetaLlamaResponseContext } from './meta-llama-response-context';

/**
 * Parses InvokeModelWithResponseStream chunks of a Llama model. Each chunk is
 * `{ generation, prompt_token_count, generation_token_count, stop_reason }`;
 * the last one carries `stop_reason` and `amazon-bedrock-invocationMetrics`
 * together and yields text, usage and finish. With stop sequences
 * (`context.request`) the text is cut client-side at the first one (a possible
 * partial match is held back until the next chunk); the rest of the stream is
 * still read for its usage, and the finish reason is `stop`.
 */
export function createMetaLlamaStreamParser(context: MetaLlamaResponseContext): NativeStreamParser {
  const filter = createStopSequenceFilter(context.request?.stopSequences ?? []);
  let stopped = false;
  let finished = false;

  return {
    parse(chunk) {
      const body = chunk as MetaLlamaResponseBody | null;
      const parts: ModelStreamPart[] = [];
      if (typeof body?.generation === 'string') {
        // Once stopped, the filter returns no more text.
        const pushed = filter.push(body.generation);
        stopped = pushed.stopped;
        parts.push(...convertTextToDeltaParts(pushed.text));
      }
      const intervened = hasGuardrailIntervened(body);
      const last = !finished && (typeof body?.stop_reason === 'string' || intervened);
      if (last) parts.push(...convertTextToDeltaParts(filter.flush()));
      // The service's own totals (last chunk) win over the per-chunk counts.
      parts.push(...convertUsageToParts({ ...readTokenCounts(body, llamaTokenCounts), ...parseInvocationMetrics(chunk) }));
      if (last) {
        finished = true;
        parts.push({ type: 'finish', finishReason: stopped ? 'stop' : intervened ? 'content-filter' : mapMetaLlamaStopReason(body?.stop_reason) });
      }
      return parts;
    },
    flush() {
      if (finished) return [];
      finished = true;
      const parts = convertTextToDeltaParts(filter.flush());
      if (stopped) parts.push({ type: 'finish', finishReason: 'stop' });
      return parts;
    },
  };
}
