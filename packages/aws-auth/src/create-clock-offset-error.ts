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
  const hours = Math.round(Math.abs(serverTime.getTime() - localTime.getTime()) / 3_600_000);
  return new SignatureExpiredError({
    ...details,
    message:
      `The server's clock reads ${serverTime.toISOString()} and this machine's ${localTime.toISOString()}, about ${hours} hours apart: ` +
      'more than the 24 hours a signing time is corrected by, so the offset was not adopted. Check the clock of this machine (and of any proxy in between).',
    retryable: false,
  });
}
