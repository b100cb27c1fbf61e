import { omitUndefined, type Citation } from '@bedrock-kit/core';

/**
 * One Claude citation (`char_location`, `page_location`, `content_block_location`) → `Citation`.
 * Only character locations have character offsets; page and block ranges are not offsets, so
 * `start` / `end` stay empty for them (https://docs.anthropic.com/en/docs/build-with-claude/citations).
 */
export function convertAnthropicCitation(citation: Record<string, unknown>): Citation {
  const characters = citation.type === 'char_location';
  return omitUndefined({
    citedText: citation.cited_text,
    documentIndex: citation.document_index,
    // `null` when the document has no title
    documentName: citation.document_title ?? undefined,
    start: characters ? citation.start_char_index : undefined,
    end: characters ? citation.end_char_index : undefined,
  }) as Citation;
}
