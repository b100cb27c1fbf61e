import { type Citation, type ModelResponse, type NativeResponseContext, type Part, ServiceError } from '@bedrock-kit/core';
import { convertAnthropicCitation } from './convert-anthropic-citation';
import { convertAnthropicUsage } from './convert-anthropic-usage';
import { convertRedactedDataToPart } from './convert-redacted-reasoning';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason';

/**
 * Decodes a Claude InvokeModel response: text, tool calls, thinking (with its signature) and
 * redacted thinking, citations, stop reason and usage. Usage falls back to Bedrock's
 * `X-Amzn-Bedrock-*-Token-Count` headers when the body has none.
 */
export function parseAnthropicResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const json = typeof body === 'string' ? safeParse(body) : body;
  if (typeof json !== 'object' || json === null || !Array.isArray((json as Record<string, unknown>).content)) {
    throw new ServiceError({
      message: 'The Claude InvokeModel response has no content array; expected an Anthropic Messages API response body.',
    });
  }
  const response = json as Record<string, unknown>;
  const content: Part[] = [];
  const citations: Citation[] = [];
  for (const block of response.content as Record<string, unknown>[]) {
    switch (block?.type) {
      case 'text':
        content.push({ type: 'text', text: String(block.text ?? '') });
        for (const raw of Array.isArray(block.citations) ? block.citations : []) {
          const citation = convertAnthropicCitation(raw);
          if (citation) citations.push(citation);
        }
        break;
      case 'tool_use':
        content.push({ type: 'tool-call', id: String(block.id), name: String(block.name), input: block.input ?? {} });
        break;
      case 'thinking': {
        const part: Part = { type: 'reasoning', text: String(block.thinking ?? '') };
        if (typeof block.signature === 'string') part.signature = block.signature;
        content.push(part);
        break;
      }
      case 'redacted_thinking':
        content.push({ type: 'reasoning', text: '', redacted: convertRedactedDataToPart(String(block.data ?? '')) });
        break;
      // Server-tool blocks (web search results …) have no Part to land in; they are not request data.
    }
  }
  const usage = { ...readHeaderUsage(context.headers), ...convertAnthropicUsage(response.usage) };
  const inputTokens = usage.inputTokens ?? 0;
  const outputTokens = usage.outputTokens ?? 0;
  const intervened = response['amazon-bedrock-guardrailAction'] === 'INTERVENED';
  const result: ModelResponse = {
    content,
    finishReason: intervened ? 'content-filter' : mapAnthropicStopReason(response.stop_reason),
    usage: {
      ...usage,
      inputTokens,
      outputTokens,
      totalTokens: inputTokens + outputTokens + (usage.cacheReadTokens ?? 0) + (usage.cacheWriteTokens ?? 0),
    },
  };
  if (citations.length > 0) result.citations = citations;
  return result;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const headerNames = {
  inputTokens: 'x-amzn-bedrock-input-token-count',
  outputTokens: 'x-amzn-bedrock-output-token-count',
  cacheReadTokens: 'x-amzn-bedrock-cache-read-input-token-count',
  cacheWriteTokens: 'x-amzn-bedrock-cache-write-input-token-count',
} as const;

function readHeaderUsage(headers: Headers): Partial<Record<keyof typeof headerNames, number>> {
  const usage: Partial<Record<keyof typeof headerNames, number>> = {};
  for (const [key, name] of Object.entries(headerNames) as [keyof typeof headerNames, string][]) {
    const value = headers.get(name);
    if (value !== null && /^\d+$/.test(value)) usage[key] = Number(value);
  }
  return usage;
}
