import { InputError, type ConverseContentBlock, type ConverseMessage, type Message, type Part } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { createDocumentNamer } from './create-document-namer';
import { convertPartToConverseBlock } from './convert-part-to-converse-block';

/**
 * The conversation as Converse turns. Converse requires user and assistant
 * turns to alternate, so consecutive same-role messages are merged into one
 * turn; tool results always travel in a user turn, ahead of any other
 * content of that turn (they answer the previous turn's tool calls, and
 * Claude rejects a turn where text comes before them). Expects messages
 * that passed `validateMessages`.
 */
export function convertToConverseMessages(messages: Message[], toolIds: ToolIdMap): ConverseMessage[] {
  const documentNames = createDocumentNamer();
  const turns: ConverseMessage[] = [];
  messages.forEach((message, messageIndex) => {
    const parts: Part[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    parts.forEach((part, partIndex) => {
      const path = `messages[${messageIndex}].content[${partIndex}]`;
      // An empty text block is a ValidationException; in a turn that has other content it carries nothing.
      if (part.type === 'text' && part.text === '') return;
      const role = part.type === 'tool-result' ? 'user' : message.role;
      checkPartRole(part, role, path);
      const block = convertPartToConverseBlock(part, { toolIds, documentNames, path });
      const last = turns[turns.length - 1];
      if (last?.role === role) last.content.push(block);
      else turns.push({ role, content: [block] });
    });
  });
  for (const turn of turns) {
    if (turn.role === 'user') turn.content = toolResultsFirst(turn.content);
    checkDocumentHasText(turn);
  }
  return turns;
}

/** Converse takes images, documents and tool results only from the user, tool calls and reasoning only from the assistant. */
function checkPartRole(part: Part, role: 'user' | 'assistant', path: string): void {
  const userOnly = part.type === 'image' || part.type === 'document';
  const assistantOnly = part.type === 'tool-call' || part.type === 'reasoning';
  if ((userOnly && role !== 'user') || (assistantOnly && role !== 'assistant')) {
    const wanted = userOnly ? 'user' : 'assistant';
    throw new InputError({
      message: `${path}: the ${part.type} part is in ${withArticle(role)} message, but the Converse route carries ${part.type} parts only in ${wanted} messages. Move the part to ${withArticle(wanted)} message.`,
    });
  }
}

function withArticle(role: 'user' | 'assistant'): string {
  return role === 'user' ? 'a user' : 'an assistant';
}

function toolResultsFirst(content: ConverseContentBlock[]): ConverseContentBlock[] {
  return [...content.filter((block) => 'toolResult' in block), ...content.filter((block) => !('toolResult' in block))];
}

/** Service model `Message.content`: a turn with a document must also have a text block. */
function checkDocumentHasText(turn: ConverseMessage): void {
  if (!turn.content.some((block) => 'document' in block)) return;
  if (turn.content.some((block) => typeof block.text === 'string')) return;
  throw new InputError({
    message:
      'A message with a document part needs a text part too: Converse rejects a turn that holds a document without text. Add a text part (for example the question about the document) to the same message.',
  });
}
