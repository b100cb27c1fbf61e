import type { Message, Part } from './message';

/** A message's content as parts: a string is one text part. */
export function convertContentToParts(content: Message['content']): Part[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}
