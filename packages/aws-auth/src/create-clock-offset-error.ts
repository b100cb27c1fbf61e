import { SignatureExpiredError, type BedrockErrorOptions } from '@bedrock-kit/core';

/**
 * The error for a server clock more than 24 hours from this machine's: names both times in ISO
 * 8601. Not retryable: signing with either time fails. `details` adds what the caller knows of
 * the response that carried the server time (status, request ID, error type).
 */
export function createClockOffsetError(
  serverTime: Date,
  localTime: Date,
  details: Pick<BedrockErrorOptions, 'status' | 'requestId' | 'errorType'> = {},
): SignatureExpiredError {
  return new SignatureExpiredError({
    ...details,
    message: `The server's clock reads ${serverTime.toISOString()}, this machine's ${localTime.toISOString()}: over 24 hours apart, too far to correct; set this machine's clock.`,
  });
}
