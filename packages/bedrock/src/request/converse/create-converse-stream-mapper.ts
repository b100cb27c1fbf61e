import { convertBase64ToBytes, convertBytesToBase64, mapConverseStopReason, type ModelStreamPart } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { isRecord } from './is-record';
import { mapToolIdFromConverse } from './map-tool-id-from-converse';
import { parseConverseCitation } from './parse-converse-citation';
import { parseConverseUsage } from './parse-converse-usage';
import { readConverseMetadata } from './read-converse-metadata';

/** Turns ConverseStream events into stream parts. Stateful: one per stream. */
export interface ConverseStreamMapper {
  /**
   * `eventType` is the frame's `:event-type` header, `payload` its parsed JSON.
   * Exception frames (`:message-type` `exception`) are the caller's to handle.
   */
  map(eventType: string, payload: unknown): ModelStreamPart[];
}

/**
 * The fields of the `ConverseStreamOutput` events read here, typed as the
 * service model sends them: only the payload's own shape is checked.
 */
interface ConverseStreamEvent {
  contentBlockIndex?: number;
  start?: { toolUse?: { toolUseId: string; name: string } };
  delta?: {
    text?: string;
    toolUse?: { input: string };
    reasoningContent?: { text?: string; signature?: string; redactedContent?: string };
    citation?: unknown;
  };
  stopReason?: string;
  usage?: unknown;
}

/**
 * Maps the events of service model `ConverseStreamOutput`: `contentBlockStart`
 * (tool use), `contentBlockDelta` (text, tool input, reasoning text /
 * signature / redacted data, citations), `contentBlockStop`, `messageStop`
 * (stop reason) and `metadata` (usage). The `"p"` padding field, unknown
 * events and unknown delta kinds are ignored, so new service fields don't
 * break a stream.
 */
export function createConverseStreamMapper(toolIds?: ToolIdMap): ConverseStreamMapper {
  // Both maps are made on first use: most streams never need them, and every open stream would hold them.
  let toolCallIds: Map<number, string> | undefined;
  // Redacted reasoning is opaque bytes: a block's pieces are joined and delivered whole when it ends.
  let redacted: Map<number, string[]> | undefined;

  const flushRedacted = (index: number): ModelStreamPart[] => {
    const pieces = redacted?.get(index);
    if (!pieces) return [];
    redacted!.delete(index);
    return [{ type: 'reasoning-redacted', data: joinBase64(pieces) }];
  };

  return {
    map(eventType, payload) {
      if (!isRecord(payload)) return [];
      const { contentBlockIndex: index = -1, start, delta, stopReason, usage } = payload as ConverseStreamEvent;
      switch (eventType) {
        case 'contentBlockStart': {
          const toolUse = start?.toolUse;
          if (!toolUse) return [];
          const id = mapToolIdFromConverse(toolUse.toolUseId, toolIds);
          (toolCallIds ??= new Map()).set(index, id);
          return [{ type: 'tool-call-start', id, name: toolUse.name }];
        }
        case 'contentBlockDelta': {
          // A delta holds one of these; unknown kinds give no parts.
          const { text, toolUse, reasoningContent: reasoning, citation } = delta ?? {};
          const parts: ModelStreamPart[] = [];
          // A text block may carry an empty delta (recorded from gpt-oss); it says nothing.
          if (text) parts.push({ type: 'text-delta', text });
          // No ID when the block's start was not seen: the input then belongs to the latest call.
          if (toolUse) parts.push({ type: 'tool-call-delta', id: toolCallIds?.get(index), inputDelta: toolUse.input });
          if (reasoning?.text) parts.push({ type: 'reasoning-delta', text: reasoning.text });
          if (reasoning?.signature !== undefined) parts.push({ type: 'reasoning-signature', signature: reasoning.signature });
          if (reasoning?.redactedContent !== undefined) (redacted ??= new Map()).set(index, [...(redacted.get(index) ?? []), reasoning.redactedContent]);
          if (citation) parts.push({ type: 'citation', citation: parseConverseCitation(citation) });
          return parts;
        }
        case 'contentBlockStop':
          return [...flushRedacted(index), { type: 'block-end' }];
        case 'messageStop':
          return [
            ...[...(redacted?.keys() ?? [])].flatMap(flushRedacted),
            { type: 'finish', finishReason: mapConverseStopReason(stopReason) },
            ...readMetadataParts(payload),
          ];
        case 'metadata': {
          const tokens = parseConverseUsage(usage);
          return [...(Object.keys(tokens).length > 0 ? [{ type: 'usage', usage: tokens } as const] : []), ...readMetadataParts(payload)];
        }
        default:
          return [];
      }
    },
  };
}

/** `messageStop`'s additional fields, `metadata`'s trace, metrics, tier and latency: a part when there are any. */
function readMetadataParts(payload: unknown): ModelStreamPart[] {
  const metadata = readConverseMetadata(payload);
  return Object.keys(metadata).length > 0 ? [{ type: 'provider-metadata', metadata }] : [];
}

/** One base64 string for the bytes of several pieces (each may end in padding). */
function joinBase64(pieces: string[]): string {
  return pieces.length > 1 ? convertBytesToBase64(new Uint8Array(pieces.flatMap((piece) => [...convertBase64ToBytes(piece)]))) : pieces.join('');
}
