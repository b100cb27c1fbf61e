import { createNativeInputError, type Message } from '@bedrock-kit/core';

/**
 * The text of one message for the native Llama prompt, its text parts joined as
 * they are. Any other part (image, document, tool call or result, reasoning) is
 * refused with an `InputError`: the prompt is text only, and nothing is dropped
 * silently.
 */
export function readLlamaMessageText({ role, content }: Message, index: number): string {
  if (typeof content === 'string') return content;
  return content
    .map((part) => {
      if (part.type === 'text') return part.text;
      throw createNativeInputError(
        'meta-llama',
        `can't carry ${part.type} parts (message ${index + 1}, ${role}): the prompt is text only. Remove the part, or use providerOptions.useConverse: true (images, documents, Llama 4 tools).`,
      );
    })
    .join('');
}
