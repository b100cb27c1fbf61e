import { createEmptyUsage, mapConverseStopReason, omitUndefined, ServiceError, type Citation, type ModelResponse, type Part } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { isRecord } from './is-record';
import { mapToolIdFromConverse } from './map-tool-id-from-converse';
import { parseConverseCitation } from './parse-converse-citation';
import { parseConverseUsage } from './parse-converse-usage';
import { readConverseMetadata } from './read-converse-metadata';
import { readConverseTexts } from './read-converse-texts';

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
 * The fields of service model `ConverseResponse` read here, typed as the
 * service sends them: only the shape of the body and its block list is checked.
 */
interface ConverseResponseBody {
  output?: { message?: { content?: unknown } };
  stopReason?: string;
  usage?: unknown;
  metrics?: { latencyMs?: number };
}

/** The fields of an output `ContentBlock` read here. */
interface ConverseOutputBlock {
  text?: string;
  toolUse?: { toolUseId: string; name: string; input?: unknown };
  reasoningContent?: { redactedContent?: string; reasoningText?: { text?: string; signature?: string } };
  citationsContent?: { content?: unknown; citations?: unknown };
}

/**
 * Reads a Converse response body (service model `ConverseResponse`):
 * content blocks become parts (tool-call IDs mapped back to the caller's),
 * `stopReason` a finish reason, `usage` the token counts with cache reads and
 * writes. Unknown fields are ignored so new service fields don't break it.
 */
export function parseConverseResponse(json: unknown, toolIds?: ToolIdMap): ConverseResponse {
  if (!isRecord(json)) {
    throw new ServiceError({ message: 'The Converse response is not a JSON object; retry.' });
  }
  const { output, stopReason, usage, metrics } = json as ConverseResponseBody;
  const providerMetadata = readConverseMetadata(json);
  const blocks = output?.message?.content;
  const content: Part[] = [];
  const citations: Citation[] = [];
  const warnings: string[] = [];
  for (const block of Array.isArray(blocks) ? blocks.filter(isRecord) : []) {
    const part = convertBlock(block, toolIds, citations);
    if (part) content.push(part);
    else if (!('cachePoint' in block)) warnings.push(`Left out a Converse ${Object.keys(block).join('/')} block this version can't read.`);
  }
  return omitUndefined({
    content,
    finishReason: mapConverseStopReason(stopReason),
    usage: { ...createEmptyUsage(), ...parseConverseUsage(usage) },
    citations: citations.length > 0 ? citations : undefined,
    stopReason,
    metrics: metrics?.latencyMs !== undefined ? { latencyMs: metrics.latencyMs } : undefined,
    providerMetadata: Object.keys(providerMetadata).length > 0 ? providerMetadata : undefined,
    warnings,
  });
}

function convertBlock(block: ConverseOutputBlock, toolIds: ToolIdMap | undefined, citations: Citation[]): Part | undefined {
  const { text, toolUse, reasoningContent: reasoning, citationsContent: cited } = block;
  if (text !== undefined) return { type: 'text', text };
  if (toolUse) return { type: 'tool-call', id: mapToolIdFromConverse(toolUse.toolUseId, toolIds), name: toolUse.name, input: toolUse.input ?? {} };
  if (reasoning?.redactedContent !== undefined) return { type: 'reasoning', text: '', redacted: reasoning.redactedContent };
  if (reasoning?.reasoningText) {
    const { text = '', signature } = reasoning.reasoningText;
    return omitUndefined<Part>({ type: 'reasoning', text, signature });
  }
  if (!cited) return undefined;
  if (Array.isArray(cited.citations)) citations.push(...cited.citations.map(parseConverseCitation));
  return { type: 'text', text: readConverseTexts(cited.content).join('') };
}
