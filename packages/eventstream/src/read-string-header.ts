import type { EventStreamMessage } from './event-stream-message';

/**
 * The value of a `string` header, or `undefined` when the message has no
 * such header or it has another type.
 * @example
 * readStringHeader(message, ':message-type'); // 'event' | 'exception' | 'error' | undefined
 */
export function readStringHeader(message: EventStreamMessage, name: string): string | undefined {
  // Own properties only: a header named `toString` must not find Object.prototype's.
  const header = Object.hasOwn(message.headers, name) ? message.headers[name] : undefined;
  return header?.type === 'string' ? header.value : undefined;
}
