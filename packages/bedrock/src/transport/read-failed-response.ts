import type { BedrockError } from '@bedrock-kit/core';
import { createServiceError } from './create-service-error';
import { parseErrorType } from './parse-error-type';
import { readServiceMessage } from './read-service-message';
import { attachResponseMeta } from './response-meta';
import { parseRetryAfter } from './retry-delay';

/** Turns a non-2xx response into the typed error, with retry hints attached. */
export async function readFailedResponse(response: Response, now: number): Promise<BedrockError> {
  const { status, headers } = response;
  const text = await response.text().catch(() => '');
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
    message: message || `HTTP ${status} ${response.statusText}`.trim(),
    errorType: parseErrorType(headers.get('x-amzn-errortype')) ?? bodyType,
    requestId: headers.get('x-amzn-requestid') ?? undefined,
  });
  const serverDateMs = Date.parse(headers.get('date') ?? '');
  return attachResponseMeta(error, {
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), now),
    serverDateMs: Number.isNaN(serverDateMs) ? undefined : serverDateMs,
  });
}
