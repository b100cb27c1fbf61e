import { convertBase64ToBytes, StreamError } from '@bedrock-kit/core';

const decoder = /* @__PURE__ */ new TextDecoder();

/**
 * An InvokeModelWithResponseStream `chunk` event carries `{"bytes":"<base64>"}`
 * (service model `PayloadPart`); the decoded bytes are the model's own JSON event.
 */
export function parseNativeChunk(payload: unknown): unknown {
  const bytes = (payload as { bytes?: unknown } | null)?.bytes;
  if (typeof bytes !== 'string') {
    throw new StreamError({ message: 'A stream chunk has no "bytes" field; the stream is not an InvokeModel response stream.', errorType: 'MalformedChunk' });
  }
  let text: string;
  try {
    text = decoder.decode(convertBase64ToBytes(bytes));
  } catch (cause) {
    // atob throws a DOMException on characters outside base64.
    throw new StreamError({ message: 'A stream chunk\'s "bytes" field is not base64; the model stream is malformed.', errorType: 'MalformedChunk', cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new StreamError({ message: 'A stream chunk does not hold JSON; the model stream is malformed.', errorType: 'MalformedChunk', cause });
  }
}
