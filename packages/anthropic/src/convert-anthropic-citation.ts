import type { Citation } from '@bedrock-kit/core';

/**
 * One Claude citation (`char_location`, `page_location`, `content_block_location`) → `Citation`.
 * Only character locations have character offsets; page and block ranges are not offsets, so
 * `start` / `end` stay empty for them (https://docs.anthropic.com/en/docs/build-with-claude/citations).
 */
export function convertAnthropicCitation(value: unknown): Citation | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Record<string, unknown>;
  const citation: Citation = {};
  if (typeof c.cited_text === 'string') citation.citedText = c.cited_text;
  if (typeof c.document_index === 'number') citation.documentIndex = c.document_index;
  if (typeof c.document_title === 'string') citation.documentName = c.document_title;
  if (c.type === 'char_location') {
    if (typeof c.start_char_index === 'number') citation.start = c.start_char_index;
    if (typeof c.end_char_index === 'number') citation.end = c.end_char_index;
  }
  return citation;
}
