import {
  AuthError,
  type BedrockError,
  isRetryableErrorType,
  retryableStatuses,
  ServiceError,
  SignatureExpiredError,
  throttlingErrorTypes,
  ThrottlingError,
  ValidationError,
} from '@bedrock-kit/core';
import { isSignatureTimeMessage } from './service-message-heuristics';

/** What a failed response (or in-stream exception) told us. */
export interface ServiceFailure {
  status?: number;
  /** Already stripped of any `:` suffix; in-stream types start lower-case. */
  errorType?: string;
  message: string;
  requestId?: string;
}

const signatureAdvice =
  'SigV4 signatures are valid for 5 minutes and AWS checks them when it responds, so a generation that runs longer fails. ' +
  'Use a faster model, lower maxTokens, stream the answer (streamText), or authenticate with a Bedrock API key (apiKey / AWS_BEARER_TOKEN_BEDROCK), which has no such window. ' +
  'If this happens on short calls, the machine clock is off: sync it (bedrock-kit corrects skew it can measure from the server Date header).';

/** Maps a service failure to the typed error of API.md. */
export function createServiceError(failure: ServiceFailure): BedrockError {
  const { status, errorType, requestId } = failure;
  const type = errorType === undefined ? undefined : errorType.charAt(0).toUpperCase() + errorType.slice(1);
  const base = {
    message: failure.message,
    ...(status !== undefined ? { status } : {}),
    ...(errorType !== undefined ? { errorType } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
  };
  if ((status === 403 || status === 401) && isSignatureTimeMessage(failure.message)) {
    return new SignatureExpiredError({ ...base, message: `${failure.message}. ${signatureAdvice}` });
  }
  if (status === 401 || status === 403 || type === 'AccessDeniedException' || type === 'UnrecognizedClientException') {
    return new AuthError({ ...base, message: `${failure.message} (check the API key or IAM credentials, the region and the model access granted to them)` });
  }
  if (status === 429 || (type !== undefined && throttlingErrorTypes.includes(type))) {
    if (type === 'ModelNotReadyException') return new ServiceError({ ...base, retryable: true });
    return new ThrottlingError(base);
  }
  if (type === 'ValidationException' || (status === 400 && type === undefined)) return new ValidationError(base);
  const retryable =
    (status !== undefined && retryableStatuses.includes(status)) || isRetryableErrorType(errorType) || isRetryableErrorType(type);
  return new ServiceError({ ...base, retryable });
}
