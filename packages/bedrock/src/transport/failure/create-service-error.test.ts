import { AuthError, ServiceError, SignatureExpiredError, ThrottlingError, ValidationError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createServiceError } from './create-service-error';
import { parseErrorType } from './parse-error-type';

describe('createServiceError', () => {
  it.each([
    [{ status: 429, errorType: 'ThrottlingException', message: 'slow down' }, ThrottlingError, true],
    [{ errorType: 'throttlingException', message: 'in stream' }, ThrottlingError, true],
    [{ status: 400, errorType: 'ValidationException', message: 'bad' }, ValidationError, false],
    [{ errorType: 'validationException', message: 'bad' }, ValidationError, false],
    [{ status: 403, errorType: 'AccessDeniedException', message: 'no' }, AuthError, false],
    [{ status: 403, errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }, AuthError, false],
    [{ status: 500, errorType: 'InternalServerException', message: 'oops' }, ServiceError, true],
    [{ status: 503, errorType: 'ServiceUnavailableException', message: 'busy' }, ServiceError, true],
    [{ errorType: 'modelStreamErrorException', message: 'x' }, ServiceError, true],
    [{ status: 424, errorType: 'ModelErrorException', message: 'x' }, ServiceError, false],
    [{ status: 429, errorType: 'ModelNotReadyException', message: 'loading' }, ServiceError, true],
  ])('%o', (failure, type, retryable) => {
    const error = createServiceError(failure);
    expect(error).toBeInstanceOf(type);
    expect(error.retryable).toBe(retryable);
    expect(error.errorType).toBe(failure.errorType);
  });

  it('explains an expired signature and what to do', () => {
    const error = createServiceError({
      status: 403,
      errorType: 'InvalidSignatureException',
      message: 'Signature expired: 20240101T000000Z is now earlier than 20240101T000100Z (20240101T000600Z - 5 min.)',
    });
    expect(SignatureExpiredError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/5 minutes/);
    expect(error.message).toMatch(/API key/);
    expect(error.message).toMatch(/maxTokens/);
  });

  it('strips what AWS appends to x-amzn-ErrorType', () => {
    expect(parseErrorType('ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/')).toBe('ValidationException');
    expect(parseErrorType(null)).toBeUndefined();
  });
});
