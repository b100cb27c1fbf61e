import { convertContentToParts, type ConverseMessage, type Message, type ModelRequest, type Part } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import { convertPartToConverseBlock } from './convert-part-to-converse-block';
import { refuseRequest } from '../refusal/refuse-request';

/** Converse takes images and documents only from the user, tool calls and reasoning only from the assistant. */
const partRoles: Partial<Record<Part['type'], ConverseMessage['role']>> = {
  image: 'user',
  document: 'user',
  video: 'user',
  'tool-call': 'assistant',
  reasoning: 'assistant',
};

/**
 * The conversation as Converse turns. Converse requires user and assistant
 * turns to alternate, so consecutive same-role messages are merged into one
 * turn; tool results always travel in a user turn, ahead of any other
 * content of that turn (they answer the previous turn's tool calls, and
 * Claude rejects a turn where text comes before them). Expects messages
 * that passed `validateMessages`. Mid-conversation system instructions become
 * turns of role `system` at their place (service model 2026-07-31).
 */
export function convertToConverseMessages(
  messages: Message[],
  toolIds: ToolIdMap,
  systemMessages: ModelRequest['systemMessages'] = [],
): ConverseMessage[] {
  const documents = {};
  const turns: ConverseMessage[] = [];
  const addSystemMessages = (before: number) => {
    for (const { content } of systemMessages.filter((message) => message.before === before)) {
      const path = `the system message before messages[${before}]`;
      turns.push({ role: 'system', content: content.map((part) => convertPartToConverseBlock(part, { toolIds, documents, path })) });
    }
  };
  messages.forEach((message, messageIndex) => {
    addSystemMessages(messageIndex);
    const parts = convertContentToParts(message.content);
    parts.forEach((part, partIndex) => {
      // An empty text block is a ValidationException; in a turn that has other content it carries nothing.
      if (part.type === 'text' && part.text === '') return;
      const path = `messages[${messageIndex}].content[${partIndex}]`;
      const role = part.type === 'tool-result' ? 'user' : message.role;
      const wanted = partRoles[part.type];
      if (wanted && wanted !== role) {
        refuseRequest('partRole', path, part.type, wanted);
      }
      const block = convertPartToConverseBlock(part, { toolIds, documents, path });
      const last = turns[turns.length - 1];
      if (last?.role === role) last.content.push(block);
      else {
        // Converse alternates user and assistant turns around system ones: two turns of one role can't be merged across an instruction.
        if (last?.role === 'system' && turns.filter((turn) => turn.role !== 'system').at(-1)?.role === role) {
          refuseRequest('systemBetween', messageIndex, role);
        }
        turns.push({ role, content: [block] });
      }
    });
  });
  addSystemMessages(messages.length);
  for (const { role, content } of turns) {
    // Array sort is stable: tool results move to the front, everything else keeps its order.
    if (role === 'user') content.sort((a, b) => Number('toolResult' in b) - Number('toolResult' in a));
    // Service model `Message.content`: a turn with a document must also have a text block.
    if (content.some((block) => 'document' in block) && !content.some((block) => 'text' in block)) {
      refuseRequest('documentWithoutText');
    }
  }
  return turns;
}
