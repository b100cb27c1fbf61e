import { type Citation, completeUsage, type ModelResponse, type NativeResponseContext, type Part, parseUsageHeaders, ServiceError } from '@bedrock-kit/core';
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
  const intervened = response['amazon-bedrock-guardrailAction'] === 'INTERVENED';
  const result: ModelResponse = {
    content,
    finishReason: intervened ? 'content-filter' : mapAnthropicStopReason(response.stop_reason),
    usage: completeUsage({ ...parseUsageHeaders(context.headers), ...convertAnthropicUsage(response.usage) }),
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
