import { InputError, type Message, type ModelTool, type Part } from '@bedrock-kit/core';

/** Bedrock tool names (service model `ToolName`; Converse enforces it on `toolSpec` and `toolUse`). */
const validToolName = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * The message rules every route shares, known before sending, so
 * a bad request fails here with the rule rather than with a 400:
 * messages present, the first from the user, no blank message, roles
 * `user` / `assistant`, every tool result answering an earlier tool call,
 * non-empty tool-call IDs, and tool names Bedrock accepts.
 */
export function validateMessages(messages: Message[], tools: ModelTool[] | undefined): void {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InputError({ message: 'messages is empty: a request needs at least one user message. Pass `prompt` or a non-empty `messages`.' });
  }
  for (const tool of tools ?? []) checkToolName(tool.name, `tools.${tool.name}`);
  const calledIds = new Set<string>();
  messages.forEach((message, index) => {
    checkRole(message, index);
    if (index === 0 && message.role !== 'user') {
      throw new InputError({
        message: `messages[0] is from the ${message.role}: a conversation must start with a user message (Bedrock rejects others). Add the user message that came first.`,
      });
    }
    const parts: Part[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    if (parts.every((part) => part.type === 'text' && part.text.trim() === '')) {
      throw new InputError({
        message: `messages[${index}] has no content (no parts, or only empty text): Bedrock rejects blank messages. Remove the message or give it text.`,
      });
    }
    parts.forEach((part, partIndex) => {
      const path = `messages[${index}].content[${partIndex}]`;
      if (part.type === 'tool-call') {
        checkToolCallId(part.id, path);
        checkToolName(part.name, `${path} (tool-call)`);
        calledIds.add(part.id);
      } else if (part.type === 'tool-result') {
        checkToolCallId(part.id, path);
        if (!calledIds.has(part.id)) {
          throw new InputError({
            message: `${path}: the tool-result with id ${JSON.stringify(part.id)} answers no earlier tool-call. Every tool-result must follow the assistant tool-call part with the same id; keep the assistant message with the call in \`messages\`.`,
          });
        }
      }
    });
  });
}

function checkRole(message: Message, index: number): void {
  const role: unknown = message.role;
  if (role === 'user' || role === 'assistant') return;
  throw new InputError({
    message: `messages[${index}].role is ${JSON.stringify(role)}: messages must be from 'user' or 'assistant'. Put instructions in \`system\` (or in a user message).`,
  });
}

function checkToolCallId(id: unknown, path: string): void {
  if (typeof id === 'string' && id !== '') return;
  throw new InputError({ message: `${path}: a tool-call id must be a non-empty string. Keep the id the model returned.` });
}

function checkToolName(name: unknown, where: string): void {
  if (typeof name === 'string' && validToolName.test(name)) return;
  throw new InputError({
    message: `${where}: the tool name ${JSON.stringify(name)} is not valid on Bedrock, which requires 1 to 64 characters of letters, digits, '_' and '-' (^[a-zA-Z0-9_-]{1,64}$). Rename the tool.`,
  });
}
