import type { Message } from '@bedrock-kit/core';
import type { LlamaPromptTemplate } from './meta-llama-models';
import { llamaPromptTokens } from './llama-prompt-tokens';
import { readLlamaMessageText } from './read-llama-message-text';

/**
 * Renders the conversation in the Llama chat template:
 * `<|begin_of_text|>` + one header block per turn (`system`, `user`,
 * `assistant`), each closed with the end-of-turn token, then an open
 * `assistant` header for the model to answer. When the last message is from
 * the assistant its turn is left open, so the model continues that text
 * (prefill). Text parts of one message are joined as they are.
 *
 * Throws `InputError` for any part the native prompt can't carry (images,
 * documents, tool calls and results, reasoning): nothing is dropped silently.
 * The facade has already refused an empty conversation.
 */
export function convertToLlamaPrompt(options: { system?: string; messages: Message[]; template: LlamaPromptTemplate }): string {
  const { system, messages, template } = options;
  const tokens = llamaPromptTokens[template];
  const turn = (role: string, text: string) => `${tokens.headerStart}${role}${tokens.headerEnd}\n\n${text}`;
  const turns = system ? [turn('system', system)] : [];
  messages.forEach((message, index) => turns.push(turn(message.role, readLlamaMessageText(message, index))));
  if (messages.at(-1)?.role !== 'assistant') turns.push(turn('assistant', ''));
  // Every turn but the last is closed; the last (the answer to write, or the prefill to continue) stays open.
  return tokens.beginOfText + turns.join(tokens.endOfTurn);
}
