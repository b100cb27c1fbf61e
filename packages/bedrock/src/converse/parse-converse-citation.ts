import type { Citation } from '@bedrock-kit/core';
import { isRecord } from './is-record';

/**
 * A Converse `Citation` (or streamed `CitationsDelta`) as a `Citation`:
 * `citedText` from `sourceContent`, `documentName` from `title`, index and
 * span from `location.documentChar` (character offsets), or from
 * `documentPage` / `documentChunk` (page or chunk numbers).
 */
export function parseConverseCitation(value: unknown): Citation {
  const citation: Citation = {};
  if (!isRecord(value)) return citation;
  const cited = Array.isArray(value.sourceContent)
    ? value.sourceContent.flatMap((item) => (isRecord(item) && typeof item.text === 'string' ? [item.text] : []))
    : [];
  if (cited.length > 0) citation.citedText = cited.join('');
  if (typeof value.title === 'string') citation.documentName = value.title;
  const location = isRecord(value.location) ? value.location : {};
  const span = [location.documentChar, location.documentPage, location.documentChunk].find(isRecord);
  if (span !== undefined) {
    if (typeof span.documentIndex === 'number') citation.documentIndex = span.documentIndex;
    if (typeof span.start === 'number') citation.start = span.start;
    if (typeof span.end === 'number') citation.end = span.end;
  }
  return citation;
}
