import { type Citation, completeNativeUsage, hasGuardrailIntervened, type ModelResponse, type NativeResponseContext, type Part, ServiceError, omitUndefined } from '@bedrock-kit/core';
import { convertAnthropicCitation } from './convert-anthropic-citation';
import { convertAnthropicUsage } from './convert-anthropic-usage';
import { convertRedactedDataToPart } from './convert-redacted-reasoning';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason';

type Block = Record<string, any>;

/**
 * Decodes a Claude InvokeModel response (parsed, or its JSON text): text, tool calls, thinking
 * (with its signature) and redacted thinking, citations, stop reason and usage. Usage falls back
 * to Bedrock's `X-Amzn-Bedrock-*-Token-Count` headers when the body has none.
 */
export function parseAnthropicResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const response = (typeof body === 'string' ? parseJson(body) : body) as Block | undefined;
  if (!Array.isArray(response?.content)) {
    throw new ServiceError({ message: 'The Claude InvokeModel response has no content array.' });
  }
  const blocks: Block[] = response.content;
  const citations: Citation[] = blocks
    .flatMap((block) => (block?.type === 'text' && Array.isArray(block.citations) ? block.citations : []))
    // A malformed entry is skipped rather than failing the whole answer with a TypeError.
    .flatMap((citation) => (typeof citation === 'object' && citation !== null ? [convertAnthropicCitation(citation)] : []));
  return omitUndefined({
    content: blocks.flatMap(convertBlockToParts),
    finishReason: hasGuardrailIntervened(response) ? 'content-filter' : mapAnthropicStopReason(response.stop_reason),
    usage: completeNativeUsage(context.headers, convertAnthropicUsage(response.usage)),
    citations: citations.length > 0 ? citations : undefined,
    // The stop sequence that matched (API.md providerMetadata.bedrock.stopSequence).
    providerMetadata: typeof response.stop_sequence === 'string' ? { stopSequence: response.stop_sequence } : undefined,
  });
}

// Server-tool blocks (web search results …) have no Part to land in; they are not request data.
function convertBlockToParts(block: Block): Part[] {
  switch (block?.type) {
    case 'text':
      return [{ type: 'text', text: block.text ?? '' }];
    case 'tool_use':
      return [{ type: 'tool-call', id: block.id, name: block.name, input: block.input ?? {} }];
    case 'thinking':
      return [omitUndefined({ type: 'reasoning', text: block.thinking ?? '', signature: block.signature })];
    case 'redacted_thinking':
      return [{ type: 'reasoning', text: '', redacted: convertRedactedDataToPart(block.data ?? '') }];
  }
  return [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
