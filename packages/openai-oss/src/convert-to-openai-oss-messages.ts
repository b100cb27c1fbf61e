import { InputError, type Message, type Part } from '@bedrock-kit/core';
import type { OpenaiOssChatMessage, OpenaiOssChatToolCall } from './openai-oss-chat-types';

/** The converted messages, and how many reasoning parts were left out. */
export interface ConvertedOpenaiOssMessages {
  messages: OpenaiOssChatMessage[];
  skippedReasoningParts: number;
}

const route = 'openai-oss native InvokeModel (chat completions)';

/**
 * Turns the conversation into chat-completions messages. Text only, per the
 * Bedrock page for these models: image and document parts are refused with an
 * `InputError`. Reasoning parts of earlier assistant turns are not sent (chat
 * completions has no input field for them, and gpt-oss is meant to see only
 * final answers of earlier turns); the caller reports them as a warning.
 */
export function convertToOpenaiOssMessages(system: string | undefined, input: Message[]): ConvertedOpenaiOssMessages {
  const messages: OpenaiOssChatMessage[] = [];
  let skippedReasoningParts = 0;
  if (system !== undefined && system !== '') messages.push({ role: 'system', content: system });

  input.forEach((message, index) => {
    const parts: Part[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    for (const part of parts) {
      if (part.type === 'image' || part.type === 'document') {
        throw new InputError({
          message: `${route} can't carry ${part.type} parts (messages[${index}]): gpt-oss on Bedrock takes text only. Remove the ${part.type} part or use a model that accepts ${part.type}s.`,
        });
      }
    }
    if (message.role === 'user') messages.push(...convertUserParts(parts, index));
    else {
      const converted = convertAssistantParts(parts, index);
      skippedReasoningParts += converted.skippedReasoningParts;
      if (converted.message) messages.push(converted.message);
    }
  });
  return { messages, skippedReasoningParts };
}

function convertUserParts(parts: Part[], index: number): OpenaiOssChatMessage[] {
  const toolMessages: OpenaiOssChatMessage[] = [];
  const texts: string[] = [];
  for (const part of parts) {
    if (part.type === 'text') texts.push(part.text);
    else if (part.type === 'tool-result') {
      toolMessages.push({ role: 'tool', tool_call_id: part.id, content: convertToolOutput(part.output, part.isError) });
    } else {
      throw new InputError({
        message: `${route}: a user message can't hold ${part.type} parts (messages[${index}]). Put ${part.type} parts in assistant messages.`,
      });
    }
  }
  // Chat completions wants tool results right after the assistant's tool calls, before any new user text.
  return texts.length > 0 ? [...toolMessages, { role: 'user', content: texts.join('\n') }] : toolMessages;
}

function convertAssistantParts(
  parts: Part[],
  index: number,
): { message?: OpenaiOssChatMessage; skippedReasoningParts: number } {
  const texts: string[] = [];
  const toolCalls: OpenaiOssChatToolCall[] = [];
  let skippedReasoningParts = 0;
  for (const part of parts) {
    if (part.type === 'text') texts.push(part.text);
    else if (part.type === 'tool-call') {
      toolCalls.push({ id: part.id, type: 'function', function: { name: part.name, arguments: JSON.stringify(part.input ?? {}) } });
    } else if (part.type === 'reasoning') skippedReasoningParts++;
    else {
      throw new InputError({
        message: `${route}: an assistant message can't hold ${part.type} parts (messages[${index}]). Send tool results in a user message.`,
      });
    }
  }
  if (texts.length === 0 && toolCalls.length === 0) return { skippedReasoningParts };
  const message: OpenaiOssChatMessage = { role: 'assistant' };
  if (texts.length > 0) message.content = texts.join('\n');
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  return { message, skippedReasoningParts };
}

/** Chat-completions tool messages hold a string; there is no error flag, so an error says so in the text. */
function convertToolOutput(output: unknown, isError: boolean | undefined): string {
  const text = typeof output === 'string' ? output : (JSON.stringify(output) ?? 'null');
  return isError ? `Error: ${text}` : text;
}
