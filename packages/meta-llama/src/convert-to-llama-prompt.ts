import { InputError, type Message, type Part } from '@bedrock-kit/core';
import type { LlamaPromptTemplate } from './meta-llama-models';
import { llamaPromptTokens } from './llama-prompt-tokens';

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
 */
export function convertToLlamaPrompt(options: { system?: string; messages: Message[]; template: LlamaPromptTemplate }): string {
  const { system, messages, template } = options;
  if (messages.length === 0) {
    throw new InputError({ message: 'meta-llama native InvokeModel needs at least one message: pass `prompt` or a non-empty `messages` array.' });
  }
  const t = llamaPromptTokens[template];
  const header = (role: string) => `${t.headerStart}${role}${t.headerEnd}\n\n`;
  let prompt = t.beginOfText;
  if (system !== undefined && system !== '') prompt += `${header('system')}${system}${t.endOfTurn}`;
  messages.forEach((message, index) => {
    const text = messageText(message, index);
    const last = index === messages.length - 1;
    if (last && message.role === 'assistant') {
      prompt += `${header('assistant')}${text}`;
      return;
    }
    prompt += `${header(message.role)}${text}${t.endOfTurn}`;
  });
  if (messages[messages.length - 1]?.role !== 'assistant') prompt += header('assistant');
  return prompt;
}

function messageText(message: Message, index: number): string {
  if (typeof message.content === 'string') return message.content;
  return message.content.map((part) => partText(part, index, message.role)).join('');
}

function partText(part: Part, index: number, role: Message['role']): string {
  if (part.type === 'text') return part.text;
  throw new InputError({ message: `meta-llama native InvokeModel can't carry ${part.type} parts (message ${index + 1}, ${role}): ${advice[part.type]}` });
}

const noTools = 'the native Llama prompt has no tool calling; Llama 4 takes tool history through Converse (drop useConverse: false).';

const advice: Record<Exclude<Part['type'], 'text'>, string> = {
  image: 'Llama vision models (3.2 11B / 90B, Llama 4) take images only through Converse: set providerOptions.useConverse: true, or remove the image.',
  document: 'Llama takes documents only through Converse: set providerOptions.useConverse: true, or remove the document.',
  'tool-call': noTools,
  'tool-result': noTools,
  reasoning: 'Llama takes no reasoning input; remove reasoning parts (e.g. kept from another model) from the history.',
};
