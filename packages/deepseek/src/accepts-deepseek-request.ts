import type { ModelRequest } from '@bedrock-kit/core';

/** The R1 prompt carries text (and reasoning of earlier turns, left out with a warning); documents go through Converse. */
export function acceptsDeepseekRequest(request: ModelRequest): boolean {
  return request.messages.every(
    (message) => typeof message.content === 'string' || message.content.every((part) => part.type === 'text' || part.type === 'reasoning'),
  );
}
