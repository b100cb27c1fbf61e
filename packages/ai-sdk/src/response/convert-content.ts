import type { LanguageModelV4Content, LanguageModelV4Source } from '@ai-sdk/provider';
import type { Citation, GenerateTextResult } from '@bedrock-kit/core';
import type { RequestDocument } from '../request/convert-prompt';
import { providerOptionsKey } from '../request/read-bedrock-kit-options';

/** The AI SDK content of a bedrock-kit result, and the JSON answer when a forced JSON tool carried it. */
export interface ConvertedContent {
  content: LanguageModelV4Content[];
  structuredOutputText?: string;
}

/**
 * Converts the parts of a bedrock-kit result. Reasoning keeps its signature (or
 * redacted data) in `providerMetadata.bedrockKit`, which the AI SDK hands back as
 * `providerOptions.bedrockKit` on the next turn. A call of the forced JSON tool is the
 * answer itself: it becomes text.
 */
export function convertContent(result: GenerateTextResult, documents: RequestDocument[], jsonToolName?: string): ConvertedContent {
  const content: LanguageModelV4Content[] = [];
  let structuredOutputText: string | undefined;
  for (const part of result.content) {
    switch (part.type) {
      case 'text':
        if (part.text !== '') content.push({ type: 'text', text: part.text });
        break;
      case 'reasoning': {
        const metadata = {
          ...(part.signature !== undefined ? { signature: part.signature } : {}),
          ...(part.redacted !== undefined ? { redacted: part.redacted } : {}),
        };
        content.push({
          type: 'reasoning',
          text: part.text,
          ...(Object.keys(metadata).length > 0 ? { providerMetadata: { [providerOptionsKey]: metadata } } : {}),
        });
        break;
      }
      case 'tool-call':
        if (part.name === jsonToolName) {
          structuredOutputText = JSON.stringify(part.input);
          content.push({ type: 'text', text: structuredOutputText });
        } else {
          content.push({ type: 'tool-call', toolCallId: part.id, toolName: part.name, input: JSON.stringify(part.input ?? {}) });
        }
        break;
      default:
        // Image, document and tool-result parts are inputs; an answer does not hold them.
        break;
    }
  }
  (result.citations ?? []).forEach((citation, index) => content.push(convertCitation(citation, index, documents)));
  return { content, ...(structuredOutputText !== undefined ? { structuredOutputText } : {}) };
}

/**
 * A cited document of the request as an AI SDK document source: media type and
 * name from the request's document at `documentIndex`; the cited span and offsets
 * stay in `providerMetadata.bedrockKit`.
 */
export function convertCitation(citation: Citation, index: number, documents: RequestDocument[]): LanguageModelV4Source {
  const document = citation.documentIndex !== undefined ? documents[citation.documentIndex] : undefined;
  const name = citation.documentName ?? document?.name;
  return {
    type: 'source',
    sourceType: 'document',
    id: `citation-${index}`,
    // Unknown when the citation names no document of the request.
    mediaType: document?.mediaType ?? 'application/octet-stream',
    title: name ?? (citation.documentIndex !== undefined ? `document ${citation.documentIndex}` : 'document'),
    ...(name !== undefined ? { filename: name } : {}),
    providerMetadata: { [providerOptionsKey]: JSON.parse(JSON.stringify(citation)) },
  };
}
