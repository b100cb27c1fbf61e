import { convertUsageToParts, hasGuardrailIntervened, type ModelStreamPart, type NativeStreamParser, parseInvocationMetrics, StreamError } from '@bedrock-kit/core';
import { convertAnthropicCitation } from './convert-anthropic-citation';
import { convertAnthropicUsage } from './convert-anthropic-usage';
import { convertRedactedDataToPart } from './convert-redacted-reasoning';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason';

type Chunk = Record<string, any>;

/**
 * Parses Claude's InvokeModelWithResponseStream events
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming): `message_start`,
 * `content_block_start` / `_delta` / `_stop`, `message_delta`, `message_stop`, plus Bedrock's
 * `amazon-bedrock-invocationMetrics` on the last chunk. One parser per stream.
 */
export function createAnthropicStreamParser(): NativeStreamParser {
  // content block index → tool-call id, so deltas of interleaved blocks find their call
  const toolIds = new Map<number, string>();

  const parseEvent = (chunk: Chunk): ModelStreamPart[] => {
    switch (chunk.type) {
      case 'message_start':
        return convertUsageToParts(convertAnthropicUsage(chunk.message?.usage));
      case 'content_block_start':
        return parseBlockStart(chunk.content_block ?? {}, chunk.index);
      case 'content_block_delta':
        return parseContent(chunk.delta ?? {}, toolIds.get(chunk.index));
      case 'content_block_stop':
        return [{ type: 'block-end' }];
      case 'message_delta': {
        const stopReason = chunk.delta?.stop_reason;
        const finish: ModelStreamPart[] = stopReason == null ? [] : [{ type: 'finish', finishReason: mapAnthropicStopReason(stopReason) }];
        const stopSequence = chunk.delta?.stop_sequence;
        if (typeof stopSequence === 'string') finish.push({ type: 'provider-metadata', metadata: { stopSequence } });
        return [...finish, ...convertUsageToParts(convertAnthropicUsage(chunk.usage))];
      }
      case 'error': {
        // Anthropic's in-band error event (e.g. overloaded_error); Bedrock normally sends exceptions as frames.
        const { type, message } = chunk.error ?? {};
        throw new StreamError({ message: `Claude stream error (${type}): ${message}`, errorType: type, retryable: type === 'overloaded_error' });
      }
    }
    // ping, message_stop (its metrics are read below) and events newer than this parser
    return [];
  };

  const parseBlockStart = (block: Chunk, index: number): ModelStreamPart[] => {
    switch (block.type) {
      case 'text':
      case 'thinking':
        // Content normally arrives as deltas; what a start block already holds comes first.
        return parseContent(block);
      case 'redacted_thinking':
        return [{ type: 'reasoning-redacted', data: convertRedactedDataToPart(block.data ?? '') }];
      case 'tool_use': {
        const { id, name, input } = block;
        toolIds.set(index, id);
        const parts: ModelStreamPart[] = [{ type: 'tool-call-start', id, name }];
        // Input normally arrives as input_json_delta; a non-empty start input is the whole input.
        if (typeof input === 'object' && Object.keys(input ?? {}).length > 0) parts.push({ type: 'tool-call-delta', id, inputDelta: JSON.stringify(input) });
        return parts;
      }
    }
    return [];
  };

  return {
    parse(input: unknown): ModelStreamPart[] {
      if (typeof input !== 'object' || input === null) return [];
      const chunk = input as Chunk;
      const parts = parseEvent(chunk);
      if (hasGuardrailIntervened(chunk)) parts.push({ type: 'finish', finishReason: 'content-filter' });
      // Bedrock's totals come last and win; the chunk's own fields (stop reason …) were kept above.
      return [...parts, ...convertUsageToParts(parseInvocationMetrics(chunk))];
    },
  };
}

/*
 * The content of a delta, or already in a text / thinking start block. Each kind has its own
 * field (`text_delta.text`, `thinking_delta.thinking`, `signature_delta.signature`,
 * `input_json_delta.partial_json`, `citations_delta.citation`), so the fields are read rather than
 * the delta type. Empty strings carry nothing and give no part.
 */
function parseContent(value: Chunk, toolId?: string): ModelStreamPart[] {
  const { text, thinking, signature, partial_json: inputDelta, citation } = value;
  const parts: ModelStreamPart[] = [];
  if (text) parts.push({ type: 'text-delta', text });
  if (thinking) parts.push({ type: 'reasoning-delta', text: thinking });
  if (signature) parts.push({ type: 'reasoning-signature', signature });
  if (inputDelta) parts.push({ type: 'tool-call-delta', id: toolId, inputDelta });
  if (citation) parts.push({ type: 'citation', citation: convertAnthropicCitation(citation) });
  return parts;
}
