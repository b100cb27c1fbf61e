import { createNativeInputError, type Message } from '@bedrock-kit/core';
import { deepseekPromptTokens as tokens } from './deepseek-prompt-tokens';

/**
 * Renders the conversation in the DeepSeek-R1 template AWS documents:
 * `<｜begin▁of▁sentence｜>{system}<｜User｜>{user}<｜Assistant｜>{answer}<｜end▁of▁sentence｜>…<｜User｜>{last}<｜Assistant｜><think>\n`.
 * Earlier assistant turns carry their answer text only: DeepSeek's guidance is that reasoning of
 * earlier turns is not fed back, so reasoning parts are left out (counted, for a warning). A
 * trailing assistant message is left open so the model continues it. Anything but text and
 * reasoning is an `InputError` (the prompt is text only; nothing is dropped silently).
 */
export function convertToDeepseekPrompt(system: string | undefined, messages: Message[]): { prompt: string; skippedReasoningParts: number } {
  let prompt = tokens.beginOfSentence + (system ?? '');
  let skippedReasoningParts = 0;
  messages.forEach((message, index) => {
    const parts = typeof message.content === 'string' ? [{ type: 'text' as const, text: message.content }] : message.content;
    let text = '';
    for (const part of parts) {
      if (part.type === 'text') text += part.text;
      else if (part.type === 'reasoning' && message.role === 'assistant') skippedReasoningParts++;
      else {
        throw createNativeInputError(
          'deepseek',
          `can't carry ${part.type} parts (messages[${index}], ${message.role}): the R1 prompt is text only. Remove the part, or use providerOptions.useConverse: true for documents.`,
        );
      }
    }
    const last = index === messages.length - 1;
    prompt += message.role === 'user' ? tokens.user + text : tokens.assistant + text + (last ? '' : tokens.endOfSentence);
  });
  if (messages.at(-1)?.role !== 'assistant') prompt += tokens.assistant + tokens.think;
  return { prompt, skippedReasoningParts };
}
