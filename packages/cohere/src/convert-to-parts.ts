import type { Message, Part } from '@bedrock-kit/core';

/** A message's content as parts (a string is one text part). */
export function convertToParts(message: Message): Part[] {
  return typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
}
