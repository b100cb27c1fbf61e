import { convertBase64ToBytes, isS3Data, type DocumentPart } from '@bedrock-kit/core';
import { createCohereNativeError, useConverse } from './create-cohere-native-error';

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
  const { name, mediaType, data } = part;
  const label = name === undefined ? `#${position + 1}` : `"${name}"`;
  if (!/^text\//i.test(mediaType)) {
    throw createCohereNativeError(`can't carry document part ${label} (${mediaType}): it takes text/* only`, `Extract the text, or ${useConverse}`);
  }
  // An S3 object is carried by Converse only (service model `DocumentSource.s3Location`).
  if (isS3Data(data)) throw createCohereNativeError(`can't carry document part ${label} from S3`, `Pass its bytes, or ${useConverse}`);
  let snippet: string;
  try {
    snippet = new TextDecoder('utf-8', { fatal: true }).decode(typeof data === 'string' ? convertBase64ToBytes(data) : data);
  } catch (cause) {
    throw createCohereNativeError(`can't read document part ${label} (${mediaType}): it is not UTF-8 text`, 'Pass UTF-8 bytes or their base64', cause);
  }
  return name === undefined ? { snippet } : { title: name, snippet };
}
