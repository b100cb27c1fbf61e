/** An error answer in the service's shape: status, `x-amzn-ErrorType`, `{"message"}`. */
export interface AwsError {
  status: number;
  /** `x-amzn-ErrorType` without suffix. */
  type: string;
  message: string;
  /** Appended after `:` to the type header, as the AWS front end does for its own errors. */
  typeSuffix?: string;
  retryAfter?: number | string;
}

/** The suffix the AWS (Coral) front end appends to authentication error types. */
export const CORAL_ERROR_SUFFIX = 'http://internal.amazon.com/coral/com.amazon.coral.service/';

/** Messages the service sends for its common error types. */
export const DEFAULT_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ThrottlingException: 'Too many requests, please wait before trying again.',
  ServiceUnavailableException: 'Bedrock is unable to process your request.',
  InternalServerException: 'The server encountered an internal error while processing the request.',
  ValidationException: 'The provided request is not valid.',
  ModelTimeoutException: 'Model has timed out in processing the request. Try your request again.',
  ModelNotReadyException: 'Model is not ready to serve inference requests. Try your request again later.',
  ModelErrorException: 'The model returned an error while processing the request.',
  ModelStreamErrorException: 'The model stream returned an error while processing the request.',
  AccessDeniedException: 'You don\'t have access to the model with the specified model ID.',
  ResourceNotFoundException: 'The specified resource could not be found.',
  ServiceQuotaExceededException: 'Your request exceeds the service quota for your account.',
};

/** Default message of an error type (exception types of streams are lower camel case). */
export function defaultErrorMessage(type: string): string {
  const upper = type.charAt(0).toUpperCase() + type.slice(1);
  return DEFAULT_ERROR_MESSAGES[upper] ?? `${upper} raised by the Bedrock emulator.`;
}
