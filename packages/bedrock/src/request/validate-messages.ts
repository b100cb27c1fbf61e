import { convertContentToParts, type ModelTool, type RequestMessage } from '@bedrock-kit/core';
import { prepareSystemContent } from './prepare-system-content';
import { throwInputError } from './throw-input-error';
import { validatePart } from './validate-part';

/** Bedrock tool names (service model `ToolName`; Converse enforces it on `toolSpec` and `toolUse`). */
const validToolName = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * The message rules every route shares, known before sending, so
 * a bad request fails here with the rule rather than with a 400:
 * messages present, the first from the user, no blank message, roles
 * `user` / `assistant`, every tool result answering an earlier tool call,
 * non-empty tool-call IDs, and tool names Bedrock accepts; each part's own rules (`validatePart`).
 * A `{ role: 'system' }` message (a mid-conversation instruction) holds text and cache points and
 * never comes first.
 */
export function validateMessages(messages: readonly RequestMessage[], tools: ModelTool[] | undefined): void {
  if (!Array.isArray(messages) || messages.length === 0) throwInputError('messages is empty: pass `prompt` or at least one user message.');
  for (const tool of tools ?? []) checkToolName(tool.name, `tools.${tool.name}`);
  const calledIds = new Set<string>();
  messages.forEach((message, index) => {
    const where = `messages[${index}]`;
    const role: unknown = message.role;
    if (role !== 'user' && role !== 'assistant' && role !== 'system') {
      throwInputError(`${where}.role is ${JSON.stringify(role)}: use 'user', 'assistant' or 'system'.`);
    }
    if (index === 0 && role !== 'user') {
      throwInputError(`messages[0] is from the ${role}: a conversation must start with a user message${role === 'system' ? '; put the first instructions in `system`' : ''}.`);
    }
    if (message.role === 'system') {
      prepareSystemContent(message.content, `${where}.content`);
      return;
    }
    const parts = convertContentToParts(message.content);
    if (parts.every((part) => (part.type === 'text' && part.text.trim() === '') || part.type === 'cache-point')) {
      throwInputError(`${where} has no content: give it text or remove it.`);
    }
    parts.forEach((part, partIndex) => {
      const path = `${where}.content[${partIndex}]`;
      validatePart(part, path);
      if (part.type !== 'tool-call' && part.type !== 'tool-result') return;
      if (typeof part.id !== 'string' || part.id === '') throwInputError(`${path}: a tool-call id must be a non-empty string; keep the one the model returned.`);
      if (part.type === 'tool-call') {
        checkToolName(part.name, `${path} (tool-call)`);
        calledIds.add(part.id);
      } else if (!calledIds.has(part.id)) {
        throwInputError(`${path}: tool-result ${JSON.stringify(part.id)} answers no earlier tool-call; keep the assistant message that made it.`);
      }
    });
  });
}

function checkToolName(name: unknown, where: string): void {
  if (typeof name !== 'string' || !validToolName.test(name)) {
    throwInputError(`${where}: the tool name ${JSON.stringify(name)} is not valid on Bedrock (${validToolName.source}); rename it.`);
  }
}
