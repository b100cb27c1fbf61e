/**
 * Which failures may succeed when sent again. Data, not logic: the facade's
 * retry loop reads these lists.
 */

/** HTTP statuses worth retrying. */
export const retryableStatuses: readonly number[] = [
  408, // request timeout: the request may not have reached the model
  429, // throttled: try again after backing off
  500, // internal error: transient on Bedrock's side
  502, // bad gateway: transient
  503, // service unavailable: capacity
  504, // gateway timeout: transient
];

/** `x-amzn-ErrorType` / `:exception-type` values that mean "throttled" (longer backoff). */
export const throttlingErrorTypes: readonly string[] = [
  'ThrottlingException', // HTTP 429: request rate or token quota exceeded
  'throttlingException', // the same, inside an event stream
  'TooManyRequestsException', // older spelling some AWS front ends use
];

/** Error types that are transient whatever the status. */
export const transientErrorTypes: readonly string[] = [
  'ServiceUnavailableException', // HTTP 503: capacity
  'serviceUnavailableException', // in-stream
  'InternalServerException', // HTTP 500
  'internalServerException', // in-stream
  'ModelNotReadyException', // HTTP 429: the model is being loaded; AWS advises retrying
  'modelStreamErrorException', // in-stream: the model's stream failed; a new request may succeed
  'ModelStreamErrorException',
];

/** Classifies an error type (with or without status). */
export function isRetryableErrorType(errorType: string | undefined): boolean {
  return errorType !== undefined && (throttlingErrorTypes.includes(errorType) || transientErrorTypes.includes(errorType));
}
