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
import { isSignatureTimeMessage } from '../service-message-heuristics';

/** What a failed response (or in-stream exception) told us. */
export interface ServiceFailure {
  status?: number;
  /** Already stripped of any `:` suffix; in-stream types start lower-case. */
  errorType?: string;
  message: string;
  requestId?: string;
}

const signatureAdvice =
  'SigV4 signatures are valid for 5 minutes, checked when AWS answers: stream (streamText, providerOptions.streamUnderTheHood), lower maxTokens or use an API key; if short calls fail too, sync the clock.';

/** Maps a service failure to the typed error of API.md. */
export function createServiceError(failure: ServiceFailure): BedrockError {
  const { status, errorType = '', message } = failure;
  // In-stream types start lower-case (`throttlingException`): compare the HTTP spelling.
  const type = errorType.charAt(0).toUpperCase() + errorType.slice(1);
  const denied = status === 401 || status === 403;
  if (denied && isSignatureTimeMessage(message)) return new SignatureExpiredError({ ...failure, message: `${message}. ${signatureAdvice}` });
  if (denied || type === 'AccessDeniedException' || type === 'UnrecognizedClientException') {
    return new AuthError({ ...failure, message: `${message} (check the credentials, the region and the model access granted to them)` });
  }
  if (status === 429 || throttlingErrorTypes.includes(type)) {
    // Throttled by status, but a model still loading is a transient fault, not a quota.
    return type === 'ModelNotReadyException' ? new ServiceError({ ...failure, retryable: true }) : new ThrottlingError(failure);
  }
  if (type === 'ValidationException' || (status === 400 && !type)) return new ValidationError(failure);
  return new ServiceError({ ...failure, retryable: retryableStatuses.includes(status ?? 0) || isRetryableErrorType(type) });
}
