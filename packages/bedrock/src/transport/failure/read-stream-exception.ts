import type { BedrockError } from '@bedrock-kit/core';
import { createServiceError } from './create-service-error';
import { readServiceMessage } from './read-service-message';

/** An exception frame of a response stream (`:message-type` `exception`) as the typed error of its `:exception-type`. */
export function readStreamException(errorType: string, payload: unknown): BedrockError {
  return createServiceError({ errorType, message: readServiceMessage(payload) ?? `${errorType} in the response stream` });
}
