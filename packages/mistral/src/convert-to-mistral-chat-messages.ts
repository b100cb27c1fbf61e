import { convertContentToParts, convertDataContentToBase64, createNativeInputError, type Message } from '@bedrock-kit/core';
import type { MistralChatContentPart, MistralChatMessage, MistralChatToolCall } from './mistral-wire-types';

/**
 * Turns the conversation into chat-body messages: system first, user text (and `image_url` data
 * URLs for models with images), assistant text with `tool_calls`, and tool results as `tool`
 * messages right after the assistant turn that called them. Documents are an `InputError` (the
 * chat body has no document field; Converse carries them). Reasoning parts of earlier turns are
 * counted and left out: the chat body has no field for them.
 */
export function convertToMistralChatMessages(system: string | undefined, input: Message[]): { messages: MistralChatMessage[]; skippedReasoningParts: number } {
  const messages: MistralChatMessage[] = system ? [{ role: 'system', content: system }] : [];
  let skippedReasoningParts = 0;
  input.forEach(({ role, content }, index) => {
    const parts: MistralChatContentPart[] = [];
    const toolCalls: MistralChatToolCall[] = [];
    for (const part of convertContentToParts(content)) {
      if (part.type === 'text') parts.push({ type: 'text', text: part.text });
      else if (part.type === 'image' && role === 'user') {
        parts.push({ type: 'image_url', image_url: { url: `data:${part.mediaType};base64,${convertDataContentToBase64(part.data as Uint8Array | string)}` } });
      } else if (part.type === 'tool-result' && role === 'user') {
        const output = typeof part.output === 'string' ? part.output : (JSON.stringify(part.output) ?? 'null');
        messages.push({ role: 'tool', tool_call_id: part.id, content: part.isError ? `Error: ${output}` : output });
      } else if (part.type === 'tool-call' && role === 'assistant') {
        toolCalls.push({ id: part.id, function: { name: part.name, arguments: JSON.stringify(part.input ?? {}) } });
      } else if (part.type === 'reasoning' && role === 'assistant') skippedReasoningParts++;
      else {
        throw createNativeInputError(
          'mistral',
          `chat body can't carry ${part.type} parts in ${role} messages (messages[${index}]); use providerOptions.useConverse: true.`,
        );
      }
    }
    const text = parts.every((part) => part.type === 'text') ? parts.map((part) => (part as { text: string }).text).join('') : undefined;
    if (role === 'assistant') {
      if (text || toolCalls.length > 0) messages.push({ role, content: text ?? '', ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) });
    } else if (parts.length > 0) {
      messages.push({ role, content: text ?? parts });
    }
  });
  return { messages, skippedReasoningParts };
}
