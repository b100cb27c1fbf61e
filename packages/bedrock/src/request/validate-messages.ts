import { convertContentToParts, type ModelTool, type RequestMessage } from '@bedrock-kit/core';
import { prepareSystemContent } from './prepare-system-content';
import { refuseRequest } from './refusal/refuse-request';
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
  if (!Array.isArray(messages) || messages.length === 0) refuseRequest('messagesEmpty');
  for (const tool of tools ?? []) checkToolName(tool.name, `tools.${tool.name}`);
  const calledIds = new Set<string>();
  messages.forEach((message, index) => {
    const where = `messages[${index}]`;
    const role: unknown = message.role;
    if (role !== 'user' && role !== 'assistant' && role !== 'system') {
      refuseRequest('role', where, role);
    }
    if (index === 0 && role !== 'user') {
      refuseRequest('firstRole', role);
    }
    if (message.role === 'system') {
      prepareSystemContent(message.content, `${where}.content`);
      return;
    }
    const parts = convertContentToParts(message.content);
    if (parts.every((part) => (part.type === 'text' && part.text.trim() === '') || part.type === 'cache-point')) {
      refuseRequest('noContent', where);
    }
    parts.forEach((part, partIndex) => {
      const path = `${where}.content[${partIndex}]`;
      validatePart(part, path);
      if (part.type !== 'tool-call' && part.type !== 'tool-result') return;
      if (typeof part.id !== 'string' || part.id === '') refuseRequest('toolCallId', path);
      if (part.type === 'tool-call') {
        checkToolName(part.name, `${path} (tool-call)`);
        calledIds.add(part.id);
      } else if (!calledIds.has(part.id)) {
        refuseRequest('unansweredToolResult', path, part.id);
      }
    });
  });
}

function checkToolName(name: unknown, where: string): void {
  if (typeof name !== 'string' || !validToolName.test(name)) {
    refuseRequest('toolName', where, name, validToolName.source);
  }
}
