import { convertContentToParts, createNativeInputError, omitUndefined, type InputError, type Message, type Part } from '@bedrock-kit/core';
import type { OpenaiOssChatMessage, OpenaiOssChatToolCall } from './openai-oss-chat-types';

/** The converted messages, and how many reasoning parts were left out. */
export interface ConvertedOpenaiOssMessages {
  messages: OpenaiOssChatMessage[];
  skippedReasoningParts: number;
}

/**
 * Turns the conversation into chat-completions messages. Text only, per the
 * Bedrock page for these models: image and document parts are refused with an
 * `InputError`, and so is a part the role can't hold in chat completions (tool
 * calls belong to the assistant, tool results to the user). Reasoning parts of
 * earlier assistant turns are not sent (chat completions has no input field for
 * them, and gpt-oss is meant to see only final answers of earlier turns); the
 * caller reports them as a warning.
 */
export function convertToOpenaiOssMessages(system: string | undefined, input: Message[]): ConvertedOpenaiOssMessages {
  const messages: OpenaiOssChatMessage[] = system ? [{ role: 'system', content: system }] : [];
  let skippedReasoningParts = 0;

  input.forEach(({ role, content }, index) => {
    const texts: string[] = [];
    const toolCalls: OpenaiOssChatToolCall[] = [];
    for (const part of convertContentToParts(content)) {
      if (part.type === 'text') texts.push(part.text);
      else if (part.type === 'tool-result' && role === 'user' && !part.content?.length) {
        // Chat completions wants tool results right after the assistant's tool calls, before any new user text.
        messages.push({ role: 'tool', tool_call_id: part.id, content: convertToolOutput(part.output, part.isError) });
      } else if (part.type === 'tool-call' && role === 'assistant') {
        toolCalls.push({ id: part.id, type: 'function', function: { name: part.name, arguments: JSON.stringify(part.input ?? {}) } });
      } else if (part.type === 'reasoning' && role === 'assistant') skippedReasoningParts++;
      else throw refusePart(part.type, role, index);
    }
    // A user turn has no tool calls (refused above); an assistant turn that only reasoned sends nothing.
    if (texts.length > 0 || toolCalls.length > 0) {
      const content = texts.length > 0 ? texts.join('\n') : undefined;
      messages.push(omitUndefined({ role, content, tool_calls: toolCalls.length > 0 ? toolCalls : undefined }) as OpenaiOssChatMessage);
    }
  });
  return { messages, skippedReasoningParts };
}

/** gpt-oss takes text only (no images or documents), and chat completions has tool calls only from the assistant, tool results only from the user. */
function refusePart(type: Part['type'], role: Message['role'], index: number): InputError {
  if (type === 'tool-result' && role === 'user') {
    return createNativeInputError('openai-oss', `can't carry tool-result content parts (messages[${index}]): a chat-completions tool message is a string. Send output instead, or use Converse.`);
  }
  return createNativeInputError(
    'openai-oss',
    `can't carry ${type} parts in ${role} messages (messages[${index}]): gpt-oss takes text, assistant tool calls and user tool results. Remove or move the part.`,
  );
}

/** Chat-completions tool messages hold a string; there is no error flag, so an error says so in the text. */
function convertToolOutput(output: unknown, isError: boolean | undefined): string {
  const text = typeof output === 'string' ? output : (JSON.stringify(output) ?? 'null');
  return isError ? `Error: ${text}` : text;
}
