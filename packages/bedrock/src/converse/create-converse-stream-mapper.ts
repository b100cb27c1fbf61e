import { convertBase64ToBytes, convertBytesToBase64, type ModelStreamPart } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { isRecord } from './is-record';
import { mapConverseStopReason } from './map-converse-stop-reason';
import { mapToolIdFromConverse } from './map-tool-id-from-converse';
import { parseConverseCitation } from './parse-converse-citation';
import { parseConverseUsage } from './parse-converse-usage';

/** Turns ConverseStream events into stream parts. Stateful: one per stream. */
export interface ConverseStreamMapper {
  /**
   * `eventType` is the frame's `:event-type` header, `payload` its parsed JSON.
   * Exception frames (`:message-type` `exception`) are the caller's to handle.
   */
  map(eventType: string, payload: unknown): ModelStreamPart[];
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
  const toolCallIds = new Map<number, string>();
  // Redacted reasoning is opaque bytes: a block's pieces are joined and delivered whole when it ends.
  const redacted = new Map<number, string[]>();

  const flushRedacted = (index: number): ModelStreamPart[] => {
    const pieces = redacted.get(index);
    if (pieces === undefined) return [];
    redacted.delete(index);
    return [{ type: 'reasoning-redacted', data: joinBase64(pieces) }];
  };

  const mapDelta = (index: number, delta: Record<string, unknown>): ModelStreamPart[] => {
    // A text block may carry an empty delta (recorded from gpt-oss); it says nothing.
    if (typeof delta.text === 'string') return delta.text === '' ? [] : [{ type: 'text-delta', text: delta.text }];
    if (isRecord(delta.toolUse) && typeof delta.toolUse.input === 'string') {
      const id = toolCallIds.get(index);
      return [{ type: 'tool-call-delta', ...(id !== undefined ? { id } : {}), inputDelta: delta.toolUse.input }];
    }
    if (isRecord(delta.reasoningContent)) {
      const reasoning = delta.reasoningContent;
      const parts: ModelStreamPart[] = [];
      if (typeof reasoning.text === 'string' && reasoning.text !== '') parts.push({ type: 'reasoning-delta', text: reasoning.text });
      if (typeof reasoning.signature === 'string') parts.push({ type: 'reasoning-signature', signature: reasoning.signature });
      if (typeof reasoning.redactedContent === 'string') redacted.set(index, [...(redacted.get(index) ?? []), reasoning.redactedContent]);
      return parts;
    }
    if (isRecord(delta.citation)) return [{ type: 'citation', citation: parseConverseCitation(delta.citation) }];
    return [];
  };

  return {
    map(eventType, payload) {
      if (!isRecord(payload)) return [];
      const index = typeof payload.contentBlockIndex === 'number' ? payload.contentBlockIndex : -1;
      switch (eventType) {
        case 'contentBlockStart': {
          const start = isRecord(payload.start) ? payload.start : {};
          if (!isRecord(start.toolUse)) return [];
          const id = mapToolIdFromConverse(String(start.toolUse.toolUseId), toolIds);
          toolCallIds.set(index, id);
          return [{ type: 'tool-call-start', id, name: String(start.toolUse.name) }];
        }
        case 'contentBlockDelta':
          return isRecord(payload.delta) ? mapDelta(index, payload.delta) : [];
        case 'contentBlockStop':
          return [...flushRedacted(index), { type: 'block-end' }];
        case 'messageStop':
          return [...[...redacted.keys()].flatMap(flushRedacted), { type: 'finish', finishReason: mapConverseStopReason(payload.stopReason) }];
        case 'metadata': {
          const usage = parseConverseUsage(payload.usage);
          return Object.keys(usage).length > 0 ? [{ type: 'usage', usage }] : [];
        }
        default:
          return [];
      }
    },
  };
}

/** One base64 string for the bytes of several (each may end in padding). */
function joinBase64(pieces: string[]): string {
  if (pieces.length === 1) return pieces[0] ?? '';
  const chunks = pieces.map(convertBase64ToBytes);
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return convertBytesToBase64(bytes);
}
