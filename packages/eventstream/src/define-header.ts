import type { EventStreamHeaderValue } from './event-stream-message';

/**
 * Adds `name` as an own enumerable property. Plain assignment would treat a
 * header named `__proto__` as a prototype change instead of a header.
 */
export function defineHeader(
  headers: Record<string, EventStreamHeaderValue>,
  name: string,
  value: EventStreamHeaderValue,
): void {
  if (name === '__proto__') {
    Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
  } else {
    headers[name] = value;
  }
}
