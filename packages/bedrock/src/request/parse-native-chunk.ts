import { convertBase64ToBytes, StreamError } from '@bedrock-kit/core';

// Created on first use: nothing runs at import time.
let decoder: TextDecoder | undefined;

/**
 * An InvokeModelWithResponseStream `chunk` event carries `{"bytes":"<base64>"}`
 * (service model `PayloadPart`); the decoded bytes are the model's own JSON event.
 */
export function parseNativeChunk(payload: unknown): unknown {
  const bytes = (payload as { bytes?: unknown } | null)?.bytes;
  try {
    if (typeof bytes !== 'string') throw new TypeError('no "bytes" string');
    // atob throws a DOMException on characters outside base64; JSON.parse a SyntaxError.
    return JSON.parse((decoder ??= new TextDecoder()).decode(convertBase64ToBytes(bytes)));
  } catch (cause) {
    throw new StreamError({
      message: 'A stream chunk\'s "bytes" field is missing or not base64-encoded JSON; the model stream is malformed.',
      errorType: 'MalformedChunk',
      cause,
    });
  }
}
