import { type ModelStreamPart, type NativeStreamParser, parseInvocationMetrics, StreamError, type Usage } from '@bedrock-kit/core';
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

  return {
    parse(input: unknown): ModelStreamPart[] {
      if (typeof input !== 'object' || input === null) return [];
      const chunk = input as Chunk;
      const parts = parseEvent(chunk, toolIds);
      if (chunk['amazon-bedrock-guardrailAction'] === 'INTERVENED') parts.push({ type: 'finish', finishReason: 'content-filter' });
      // Bedrock's totals come last and win; the chunk's own fields (stop reason …) were kept above.
      parts.push(...usageParts(parseInvocationMetrics(chunk)));
      return parts;
    },
  };
}

function parseEvent(chunk: Chunk, toolIds: Map<number, string>): ModelStreamPart[] {
  switch (chunk.type) {
    case 'message_start':
      return usageParts(convertAnthropicUsage(chunk.message?.usage));
    case 'content_block_start':
      return parseBlockStart(chunk.content_block ?? {}, chunk.index, toolIds);
    case 'content_block_delta':
      return parseBlockDelta(chunk.delta ?? {}, toolIds.get(chunk.index));
    case 'content_block_stop':
      return [{ type: 'block-end' }];
    case 'message_delta': {
      const parts: ModelStreamPart[] = [];
      if (chunk.delta?.stop_reason != null) parts.push({ type: 'finish', finishReason: mapAnthropicStopReason(chunk.delta.stop_reason) });
      parts.push(...usageParts(convertAnthropicUsage(chunk.usage)));
      return parts;
    }
    case 'error': {
      // Anthropic's in-band error event (e.g. overloaded_error); Bedrock normally sends exceptions as frames.
      const error = chunk.error ?? {};
      throw new StreamError({
        message: `Claude stream error${error.type ? ` (${error.type})` : ''}: ${error.message ?? 'no message'}`,
        errorType: typeof error.type === 'string' ? error.type : undefined,
        retryable: error.type === 'overloaded_error',
      });
    }
    default:
      // ping, message_stop (its metrics are read by the caller) and events newer than this parser
      return [];
  }
}

function parseBlockStart(block: Chunk, index: number, toolIds: Map<number, string>): ModelStreamPart[] {
  switch (block.type) {
    case 'text':
      return block.text ? [{ type: 'text-delta', text: block.text }] : [];
    case 'thinking': {
      const parts: ModelStreamPart[] = [];
      if (block.thinking) parts.push({ type: 'reasoning-delta', text: block.thinking });
      if (block.signature) parts.push({ type: 'reasoning-signature', signature: block.signature });
      return parts;
    }
    case 'redacted_thinking':
      return [{ type: 'reasoning-redacted', data: convertRedactedDataToPart(String(block.data ?? '')) }];
    case 'tool_use': {
      const id = String(block.id);
      toolIds.set(index, id);
      const parts: ModelStreamPart[] = [{ type: 'tool-call-start', id, name: String(block.name) }];
      // Input normally arrives as input_json_delta; a non-empty start input is the whole input.
      if (block.input && typeof block.input === 'object' && Object.keys(block.input).length > 0) {
        parts.push({ type: 'tool-call-delta', id, inputDelta: JSON.stringify(block.input) });
      }
      return parts;
    }
    default:
      return [];
  }
}

function parseBlockDelta(delta: Chunk, toolId: string | undefined): ModelStreamPart[] {
  switch (delta.type) {
    case 'text_delta':
      return [{ type: 'text-delta', text: String(delta.text ?? '') }];
    case 'input_json_delta': {
      const part: ModelStreamPart = { type: 'tool-call-delta', inputDelta: String(delta.partial_json ?? '') };
      if (toolId !== undefined) part.id = toolId;
      return [part];
    }
    case 'thinking_delta':
      return [{ type: 'reasoning-delta', text: String(delta.thinking ?? '') }];
    case 'signature_delta':
      return [{ type: 'reasoning-signature', signature: String(delta.signature ?? '') }];
    case 'citations_delta': {
      const citation = convertAnthropicCitation(delta.citation);
      return citation ? [{ type: 'citation', citation }] : [];
    }
    default:
      return [];
  }
}

/** A `usage` part when any count is known. */
function usageParts(usage: Partial<Usage> | undefined): ModelStreamPart[] {
  return usage && Object.keys(usage).length > 0 ? [{ type: 'usage', usage }] : [];
}
