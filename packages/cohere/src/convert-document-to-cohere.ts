import { convertBase64ToBytes, InputError, type DocumentPart } from '@bedrock-kit/core';

/** A Command R native document: free-form string fields, conventionally `title` and `snippet`. */
export interface CohereDocument {
  title?: string;
  snippet: string;
}

/**
 * A document part → `{ title, snippet }`. Command R's native `documents`
 * carry text only, so the part must be a `text/*` type (plain, markdown, HTML,
 * CSV …) in UTF-8; PDF, DOCX and other binary documents need the Converse
 * route, which accepts them.
 */
export function convertDocumentToCohere(part: DocumentPart, position: number): CohereDocument {
  const label = part.name !== undefined ? `"${part.name}"` : `#${position + 1}`;
  if (!part.mediaType.toLowerCase().startsWith('text/')) {
    throw new InputError({
      message:
        `Cohere native InvokeModel can't carry document part ${label} (${part.mediaType}): its documents take text/* only. ` +
        'Send it through Converse (remove useConverse: false), or extract its text first.',
    });
  }
  const bytes = typeof part.data === 'string' ? decodeBase64(part.data, label) : part.data;
  let snippet: string;
  try {
    snippet = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new InputError({
      message: `Document part ${label} (${part.mediaType}) is not valid UTF-8 text; Cohere native documents must be UTF-8.`,
      cause,
    });
  }
  return part.name !== undefined ? { title: part.name, snippet } : { snippet };
}

function decodeBase64(data: string, label: string): Uint8Array {
  try {
    return convertBase64ToBytes(data);
  } catch (cause) {
    throw new InputError({
      message: `Document part ${label}: a string "data" must be base64; pass text documents as bytes (new TextEncoder().encode(text)) or base64.`,
      cause,
    });
  }
}
