import { convertContentToParts, InputError, type ConverseMessage, type Message, type Part } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { createDocumentNamer } from './create-document-namer';
import { convertPartToConverseBlock } from './convert-part-to-converse-block';

/** Converse takes images and documents only from the user, tool calls and reasoning only from the assistant. */
const partRoles: Partial<Record<Part['type'], ConverseMessage['role']>> = {
  image: 'user',
  document: 'user',
  'tool-call': 'assistant',
  reasoning: 'assistant',
};

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
    const parts = convertContentToParts(message.content);
    parts.forEach((part, partIndex) => {
      // An empty text block is a ValidationException; in a turn that has other content it carries nothing.
      if (part.type === 'text' && part.text === '') return;
      const path = `messages[${messageIndex}].content[${partIndex}]`;
      const role = part.type === 'tool-result' ? 'user' : message.role;
      const wanted = partRoles[part.type];
      if (wanted && wanted !== role) {
        throw new InputError({ message: `${path}: Converse takes ${part.type} parts only in ${wanted} messages; move it.` });
      }
      const block = convertPartToConverseBlock(part, { toolIds, documentNames, path });
      const last = turns[turns.length - 1];
      if (last?.role === role) last.content.push(block);
      else turns.push({ role, content: [block] });
    });
  });
  for (const { role, content } of turns) {
    // Array sort is stable: tool results move to the front, everything else keeps its order.
    if (role === 'user') content.sort((a, b) => Number('toolResult' in b) - Number('toolResult' in a));
    // Service model `Message.content`: a turn with a document must also have a text block.
    if (content.some((block) => 'document' in block) && !content.some((block) => 'text' in block)) {
      throw new InputError({ message: 'Converse: a message with a document part needs a text part too, e.g. your question about it.' });
    }
  }
  return turns;
}
