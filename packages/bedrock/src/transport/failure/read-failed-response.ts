import type { BedrockError } from '@bedrock-kit/core';
import { createServiceError } from './create-service-error';
import { parseErrorType } from './parse-error-type';
import { readServiceMessage } from './read-service-message';
import { attachResponseMeta } from '../response-meta';
import { parseRetryAfter } from './parse-retry-after';
import { readBody } from '../read-body';

/** An error body is read up to 64 KiB; its message is cut to 8 KiB (API.md "Transport rules"). */
const errorBodyLimit = 65_536;
const messageLimit = 8_192;

/** Turns a non-2xx response into the typed error, with retry hints attached. */
export async function readFailedResponse(response: Response, now: number): Promise<BedrockError> {
  const { status, headers } = response;
  const { text, over } = await readBody(response, errorBodyLimit).catch(() => ({ text: '', over: false }));
  let message = text.trim();
  let bodyType: string | undefined;
  try {
    const json = JSON.parse(text) as { __type?: unknown } | null;
    message = readServiceMessage(json) ?? message;
    if (typeof json?.__type === 'string') bodyType = parseErrorType(json.__type.split('#').pop());
  } catch {
    // not JSON: keep the text
  }
  const error = createServiceError({
    status,
    message: cutMessage(message, over) || `HTTP ${status} ${response.statusText}`.trim(),
    errorType: parseErrorType(headers.get('x-amzn-errortype')) ?? bodyType,
    requestId: headers.get('x-amzn-requestid') ?? undefined,
  });
  const serverDateMs = Date.parse(headers.get('date') ?? '');
  return attachResponseMeta(error, {
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), now),
    serverDateMs: Number.isNaN(serverDateMs) ? undefined : serverDateMs,
  });
}

/** A message past 8 KiB ends `… [cut: N more bytes]` (N counts what was read; `+` when the body went on unread). */
export function cutMessage(message: string, over = false): string {
  if (message.length <= messageLimit && !over) return message;
  const rest = message.slice(messageLimit);
  return `${message.slice(0, messageLimit)}… [cut: ${new Blob([rest]).size}${over ? '+' : ''} more bytes]`;
}
