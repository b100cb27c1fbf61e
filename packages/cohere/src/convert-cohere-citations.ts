import type { Citation } from '@bedrock-kit/core';

/** A citation in Cohere's native chat response or `citation-generation` event. */
export interface CohereCitation {
  start?: number;
  end?: number;
  text?: string;
  document_ids?: unknown[];
}

/**
 * Cohere citations → `Citation`s, one per cited document. Note Cohere's
 * `start` / `end` / `text` describe the span of the ANSWER that the document
 * supports (not a span inside the document). `documentIndex` is the position
 * of the document part in the request; `documentName` is filled when the
 * response lists its documents (`documents: [{ id, title }]`).
 */
export function convertCohereCitations(citations: unknown, documents?: unknown): Citation[] {
  if (!Array.isArray(citations)) return [];
  return citations.flatMap((raw: CohereCitation | null) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const { text, start, end, document_ids: ids } = raw;
    const base: Citation = {};
    if (typeof text === 'string') base.citedText = text;
    if (typeof start === 'number') base.start = start;
    if (typeof end === 'number') base.end = end;
    // One citation per cited document; one without a document when none is named.
    return (Array.isArray(ids) && ids.length > 0 ? ids : [undefined]).map((id) => {
      const citation: Citation = { ...base };
      if (typeof id !== 'string') return citation;
      // Cohere names request documents it was given without an ID `doc_0`, `doc_1` … in
      // request order; tool outputs are cited with other IDs (e.g. `get_weather:0:2:0`).
      const index = /^doc_(\d+)$/.exec(id)?.[1];
      if (index !== undefined) citation.documentIndex = Number(index);
      const title = Array.isArray(documents) ? documents.find((document) => document?.id === id)?.title : undefined;
      if (typeof title === 'string') citation.documentName = title;
      return citation;
    });
  });
}
