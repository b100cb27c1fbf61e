import type { Message, ModelRequest, RequestMessage, SystemContent } from '@bedrock-kit/core';
import type { PreparedSystemContent } from '../prepare-system-content';
import { throwInputError } from '../throw-input-error';
import { validateExtendedPart } from './validate-extended-part';

/**
 * Checks `system` (a string, or text and `cache-point` parts) and returns its text (parts joined
 * with a newline) and, when given as parts, the parts. A cache point needs content before it.
 */
export function prepareSystemParts(system: SystemContent | undefined, field = 'system'): PreparedSystemContent {
  if (system === undefined || system === '') return {};
  if (typeof system === 'string') return { text: system };
  if (!Array.isArray(system)) throwInputError(`${field} must be a string or an array of text and cache-point parts; got ${typeof system}.`);
  const texts: string[] = [];
  system.forEach((part, index) => {
    const path = `${field}[${index}]`;
    const type: unknown = (part as { type?: unknown } | null)?.type;
    if (type !== 'text' && type !== 'cache-point') throwInputError(`${path}: a system part is text or cache-point; got ${JSON.stringify(type)}.`);
    validateExtendedPart(part, path);
    if (part.type === 'text') {
      // SystemContentBlock.text is a NonEmptyString.
      if (part.text === '') throwInputError(`${path}: a system text part must not be empty.`);
      texts.push(part.text);
    } else if (index === 0) {
      throwInputError(`${path}: a cache point caches the content before it; put it after a text part.`);
    }
  });
  if (texts.length === 0) throwInputError(`${field} has no text part.`);
  return { text: texts.join('\n'), parts: system };
}

/**
 * Takes the `{ role: 'system' }` messages out of a conversation that passed `validateMessages`:
 * the turns, and each instruction with the index of the turn it precedes.
 */
export function splitSystemMessages(messages: readonly RequestMessage[] = []): Pick<ModelRequest, 'messages' | 'systemMessages'> {
  const turns: Message[] = [];
  const systemMessages: NonNullable<ModelRequest['systemMessages']> = [];
  messages.forEach((message, index) => {
    if (message.role !== 'system') turns.push(message);
    else {
      const { parts, text } = prepareSystemParts(message.content, `messages[${index}].content`);
      systemMessages.push({ before: turns.length, content: parts ?? [{ type: 'text', text: text! }] });
    }
  });
  return { messages: turns, systemMessages };
}
