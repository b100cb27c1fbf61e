import { createEmptyUsage, ServiceError, type Citation, type ModelResponse, type Part } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { isRecord } from './is-record';
import { mapConverseStopReason } from './map-converse-stop-reason';
import { mapToolIdFromConverse } from './map-tool-id-from-converse';
import { parseConverseCitation } from './parse-converse-citation';
import { parseConverseUsage } from './parse-converse-usage';

/** A decoded Converse answer, with the service's own extras. */
export interface ConverseResponse extends ModelResponse {
  /** The stop reason as Bedrock sent it (e.g. `end_turn`), for logs and warnings. */
  stopReason?: string;
  /** Service model `ConverseMetrics`. */
  metrics?: { latencyMs: number };
  /** Notes for `result.warnings`, e.g. an output block this version does not read. */
  warnings: string[];
}

/**
 * Reads a Converse response body (service model `ConverseResponse`):
 * content blocks become parts (tool-call IDs mapped back to the caller's),
 * `stopReason` a finish reason, `usage` the token counts with cache reads and
 * writes. Unknown fields are ignored so new service fields don't break it.
 */
export function parseConverseResponse(json: unknown, toolIds?: ToolIdMap): ConverseResponse {
  if (!isRecord(json)) {
    throw new ServiceError({ message: 'The Converse response body is not a JSON object, so it cannot be read. Retry the call; if it persists, report it.' });
  }
  const output = isRecord(json.output) ? json.output : {};
  const message = isRecord(output.message) ? output.message : {};
  const blocks = Array.isArray(message.content) ? message.content : [];
  const content: Part[] = [];
  const citations: Citation[] = [];
  const warnings: string[] = [];
  for (const block of blocks) {
    if (!isRecord(block)) continue;
    const part = convertBlock(block, toolIds, citations);
    if (part !== undefined) content.push(part);
    else if (!('cachePoint' in block)) {
      warnings.push(`The Converse response held a ${Object.keys(block).join('/')} block, which this version does not read; it is not in the result.`);
    }
  }
  const stopReason = typeof json.stopReason === 'string' ? json.stopReason : undefined;
  const latencyMs = isRecord(json.metrics) && typeof json.metrics.latencyMs === 'number' ? json.metrics.latencyMs : undefined;
  return {
    content,
    finishReason: mapConverseStopReason(stopReason),
    usage: { ...createEmptyUsage(), ...parseConverseUsage(json.usage) },
    ...(citations.length > 0 ? { citations } : {}),
    ...(stopReason !== undefined ? { stopReason } : {}),
    ...(latencyMs !== undefined ? { metrics: { latencyMs } } : {}),
    warnings,
  };
}

function convertBlock(block: Record<string, unknown>, toolIds: ToolIdMap | undefined, citations: Citation[]): Part | undefined {
  if (typeof block.text === 'string') return { type: 'text', text: block.text };
  if (isRecord(block.toolUse)) {
    const { toolUseId, name, input } = block.toolUse;
    return { type: 'tool-call', id: mapToolIdFromConverse(String(toolUseId), toolIds), name: String(name), input: input ?? {} };
  }
  if (isRecord(block.reasoningContent)) {
    const reasoning = block.reasoningContent;
    if (typeof reasoning.redactedContent === 'string') return { type: 'reasoning', text: '', redacted: reasoning.redactedContent };
    if (isRecord(reasoning.reasoningText)) {
      const { text, signature } = reasoning.reasoningText;
      return { type: 'reasoning', text: typeof text === 'string' ? text : '', ...(typeof signature === 'string' ? { signature } : {}) };
    }
    return undefined;
  }
  if (isRecord(block.citationsContent)) {
    const { content, citations: cited } = block.citationsContent;
    if (Array.isArray(cited)) citations.push(...cited.map(parseConverseCitation));
    const text = Array.isArray(content)
      ? content.flatMap((item) => (isRecord(item) && typeof item.text === 'string' ? [item.text] : [])).join('')
      : '';
    return { type: 'text', text };
  }
  return undefined;
}
