import { omitUndefined, type Citation } from '@bedrock-kit/core';
import { readConverseTexts } from './read-converse-texts';

/** A `DocumentCharLocation`, `DocumentPageLocation` or `DocumentChunkLocation`. */
interface ConverseSpan {
  documentIndex?: number;
  start?: number;
  end?: number;
}

/** The fields of service model `Citation` read here, typed as the service sends them. */
interface ConverseCitation {
  title?: string;
  sourceContent?: unknown;
  location?: { documentChar?: ConverseSpan; documentPage?: ConverseSpan; documentChunk?: ConverseSpan };
}

/**
 * A Converse `Citation` (or streamed `CitationsDelta`) as a `Citation`:
 * `citedText` from `sourceContent`, `documentName` from `title`, index and
 * span from `location.documentChar` (character offsets), or from
 * `documentPage` / `documentChunk` (page or chunk numbers).
 */
export function parseConverseCitation(value: unknown): Citation {
  const { title, sourceContent, location } = (value ?? {}) as ConverseCitation;
  const cited = readConverseTexts(sourceContent);
  const { documentIndex, start, end } = location?.documentChar ?? location?.documentPage ?? location?.documentChunk ?? {};
  return omitUndefined({ citedText: cited.length > 0 ? cited.join('') : undefined, documentName: title, documentIndex, start, end });
}
