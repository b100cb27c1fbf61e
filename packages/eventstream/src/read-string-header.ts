import type { EventStreamMessage } from './event-stream-message';

/**
 * The value of a `string` header, or `undefined` when the message has no
 * such header or it has another type.
 * @example
 * readStringHeader(message, ':message-type'); // 'event' | 'exception' | 'error' | undefined
 */
export function readStringHeader(message: EventStreamMessage, name: string): string | undefined {
  // Own properties only: a header named `toString` must not find Object.prototype's.
  if (!Object.hasOwn(message.headers, name)) return undefined;
  const header = message.headers[name];
  return header?.type === 'string' ? header.value : undefined;
}
