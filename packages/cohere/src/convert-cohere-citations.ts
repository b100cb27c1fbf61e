import type { Citation } from '@bedrock-kit/core';

/** A citation in Cohere's native chat response or `citation-generation` event. */
export interface CohereCitation {
  start?: number;
  end?: number;
  text?: string;
  document_ids?: string[];
}

// Cohere names request documents it was given without an ID `doc_0`, `doc_1` …
// in request order; tool outputs are cited with other IDs (e.g. `get_weather:0:2:0`).
const requestDocumentId = /^doc_(\d+)$/;

/**
 * Cohere citations → `Citation`s, one per cited document. Note Cohere's
 * `start` / `end` / `text` describe the span of the ANSWER that the document
 * supports (not a span inside the document). `documentIndex` is the position
 * of the document part in the request; `documentName` is filled when the
 * response lists its documents (`documents: [{ id, title }]`).
 */
export function convertCohereCitations(citations: unknown, documents?: unknown): Citation[] {
  if (!Array.isArray(citations)) return [];
  const titles = documentTitles(documents);
  return citations.flatMap((raw: CohereCitation) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const base: Citation = {};
    if (typeof raw.text === 'string') base.citedText = raw.text;
    if (typeof raw.start === 'number') base.start = raw.start;
    if (typeof raw.end === 'number') base.end = raw.end;
    const ids = Array.isArray(raw.document_ids) ? raw.document_ids : [];
    if (ids.length === 0) return [base];
    return ids.map((id) => {
      const citation: Citation = { ...base };
      const match = typeof id === 'string' ? requestDocumentId.exec(id) : null;
      if (match) citation.documentIndex = Number(match[1]);
      const title = titles.get(id);
      if (title !== undefined) citation.documentName = title;
      return citation;
    });
  });
}

function documentTitles(documents: unknown): Map<string, string> {
  const titles = new Map<string, string>();
  if (!Array.isArray(documents)) return titles;
  for (const doc of documents) {
    if (typeof doc?.id === 'string' && typeof doc.title === 'string') titles.set(doc.id, doc.title);
  }
  return titles;
}
