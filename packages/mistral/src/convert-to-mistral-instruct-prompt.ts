import { createNativeInputError, type Message } from '@bedrock-kit/core';

/**
 * Renders the conversation in the Mistral instruct template AWS documents for the text-completion
 * body: `<s>[INST] {user} [/INST]{answer}</s>[INST] {user} [/INST]`. The template has no system
 * turn, so a system prompt opens the first instruction, separated by a blank line. A trailing
 * assistant message is left open so the model continues it. Anything but text is an `InputError`
 * (the prompt is text only); reasoning parts of earlier turns are counted and left out.
 */
export function convertToMistralInstructPrompt(system: string | undefined, messages: Message[]): { prompt: string; skippedReasoningParts: number } {
  let prompt = '<s>';
  let skippedReasoningParts = 0;
  let pendingSystem = system;
  messages.forEach((message, index) => {
    const parts = typeof message.content === 'string' ? [{ type: 'text' as const, text: message.content }] : message.content;
    let text = '';
    for (const part of parts) {
      if (part.type === 'text') text += part.text;
      else if (part.type === 'reasoning' && message.role === 'assistant') skippedReasoningParts++;
      else {
        throw createNativeInputError(
          'mistral',
          `can't carry ${part.type} parts in the text-completion prompt (messages[${index}], ${message.role}); remove the part or use providerOptions.useConverse: true.`,
        );
      }
    }
    if (message.role === 'user') {
      const instruction = pendingSystem ? `${pendingSystem}\n\n${text}` : text;
      pendingSystem = undefined;
      prompt += `[INST] ${instruction} [/INST]`;
    } else {
      prompt += index === messages.length - 1 ? text : `${text}</s>`;
    }
  });
  return { prompt, skippedReasoningParts };
}
