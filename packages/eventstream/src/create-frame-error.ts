import { StreamError } from '@bedrock-kit/core';

/** Machine-readable names of the faults the decoder reports, carried as `StreamError.errorType`. */
export type EventStreamFault =
  | 'InvalidChunk'
  | 'TruncatedFrame'
  | 'TruncatedStream'
  | 'PreludeChecksumMismatch'
  | 'MessageChecksumMismatch'
  | 'FrameTooSmall'
  | 'FrameTooLarge'
  | 'FrameLengthMismatch'
  | 'HeadersLengthOverrun'
  | 'HeaderOverrun'
  | 'InvalidHeaderName'
  | 'InvalidHeaderType'
  | 'InvalidHeaderValue'
  | 'DuplicateHeader';

/**
 * A `StreamError` for a malformed frame. Not retryable by itself: the
 * facade decides whether to send the request again.
 */
export function createFrameError(fault: EventStreamFault, message: string): StreamError {
  return new StreamError({ message, errorType: fault });
}
