import { defineHeader } from './define-header';
import type { EventStreamHeaderValue } from './event-stream-message';

/**
 * Wraps plain strings as `string` header values: the common case, since
 * Bedrock sends only string headers.
 * @example
 * stringHeaders({ ':message-type': 'event', ':event-type': 'chunk', ':content-type': 'application/json' });
 */
export function stringHeaders(headers: Record<string, string>): Record<string, EventStreamHeaderValue> {
  const result: Record<string, EventStreamHeaderValue> = {};
  for (const [name, value] of Object.entries(headers)) defineHeader(result, name, { type: 'string', value });
  return result;
}
