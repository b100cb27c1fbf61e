/**
 * The `message` (or `Message`) an AWS error body carries; the service answers
 * with whatever JSON it likes, even `null`, so anything else is `undefined`.
 */
export function readServiceMessage(json: unknown): string | undefined {
  const { message, Message } = (json ?? {}) as { message?: unknown; Message?: unknown };
  const found = message ?? Message;
  return typeof found === 'string' ? found : undefined;
}
