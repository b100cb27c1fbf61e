import type { Citation } from '@bedrock-kit/core';
import { isRecord } from './is-record';
import { readConverseTexts } from './read-converse-texts';

/** The fields of service model `Citation` read here. */
interface ConverseCitation {
  title?: unknown;
  sourceContent?: unknown;
  location?: { documentChar?: unknown; documentPage?: unknown; documentChunk?: unknown };
}

/**
 * A Converse `Citation` (or streamed `CitationsDelta`) as a `Citation`:
 * `citedText` from `sourceContent`, `documentName` from `title`, index and
 * span from `location.documentChar` (character offsets), or from
 * `documentPage` / `documentChunk` (page or chunk numbers).
 */
export function parseConverseCitation(value: unknown): Citation {
  const { title, sourceContent, location } = (value ?? {}) as ConverseCitation;
  const citation: Citation = {};
  const cited = readConverseTexts(sourceContent);
  if (cited.length > 0) citation.citedText = cited.join('');
  if (typeof title === 'string') citation.documentName = title;
  const span = [location?.documentChar, location?.documentPage, location?.documentChunk].find(isRecord);
  for (const key of ['documentIndex', 'start', 'end'] as const) {
    const position = span?.[key];
    if (typeof position === 'number') citation[key] = position;
  }
  return citation;
}
