import { APICallError } from '@ai-sdk/provider';
import { BedrockError } from '@bedrock-kit/core';

/**
 * What an AI SDK caller gets when bedrock-kit fails.
 *
 * - A failure the service answered (it has an HTTP `status`: throttling, validation,
 *   auth, 5xx) becomes an `APICallError` with `statusCode`, the message, `data`
 *   (`name`, `errorType`, `requestId`, `retryable`) and the typed bedrock-kit error as `cause`.
 *   `isRetryable` is `false`: bedrock-kit already retried it (Retry-After, in-stream
 *   throttling, re-signing) up to `maxRetries`, and the AI SDK retrying on top would multiply
 *   the attempts. The original verdict stays in `data.retryable`.
 * - Everything else (`ConfigError`, `InputError`, `AbortError`, `TimeoutError`, a
 *   `StreamError` without a status, …) is thrown as the typed bedrock-kit error itself:
 *   no API call answered, and the AI SDK treats `AbortError` / `TimeoutError` by name.
 */
export function mapBedrockError(error: unknown, modelId: string): unknown {
  if (!BedrockError.isInstance(error) || error.status === undefined) return error;
  return new APICallError({
    message: error.message,
    // There is no single URL to name (route, region and endpoint are bedrock-kit's choice); the model says what was called.
    url: `bedrock:${modelId}`,
    // Never the request: it may carry credentials given in providerOptions.
    requestBodyValues: undefined,
    statusCode: error.status,
    ...(error.requestId !== undefined ? { responseHeaders: { 'x-amzn-requestid': error.requestId } } : {}),
    cause: error,
    isRetryable: false,
    data: { name: error.name, errorType: error.errorType, requestId: error.requestId, retryable: error.retryable },
  });
}
