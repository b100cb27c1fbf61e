import type { BedrockError } from '@bedrock-kit/core';
import { createServiceError } from './create-service-error';
import { parseErrorType } from './parse-error-type';
import { attachResponseMeta } from './response-meta';
import { parseRetryAfter } from './retry-delay';

/** Turns a non-2xx response into the typed error, with retry hints attached. */
export async function readFailedResponse(response: Response, now: number): Promise<BedrockError> {
  const text = await response.text().catch(() => '');
  let message = text.trim();
  let bodyType: string | undefined;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const found = json.message ?? json.Message;
    if (typeof found === 'string') message = found;
    if (typeof json.__type === 'string') bodyType = parseErrorType(json.__type.split('#').pop());
  } catch {
    // not JSON: keep the text
  }
  const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
  const errorType = parseErrorType(response.headers.get('x-amzn-errortype')) ?? bodyType;
  const error = createServiceError({
    status: response.status,
    message: message === '' ? `HTTP ${response.status} ${response.statusText}`.trim() : message,
    ...(errorType !== undefined ? { errorType } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
  });
  const date = Date.parse(response.headers.get('date') ?? '');
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  return attachResponseMeta(error, {
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(Number.isNaN(date) ? {} : { serverDateMs: date }),
  });
}
