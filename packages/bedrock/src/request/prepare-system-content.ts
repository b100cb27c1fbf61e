import type { Message, ModelRequest, RequestMessage, SystemContent, SystemPart } from '@bedrock-kit/core';
import { readExtendedCode } from './extended/load-extended-code';

/** A system prompt as a family reads it: the text, and the parts when it was given as parts. */
export interface PreparedSystemContent {
  text?: string;
  parts?: SystemPart[];
}

/**
 * Checks `system` and returns its text and, when given as parts (text and `cache-point` parts,
 * checked by the extended code: `prepareSystemParts`), the parts.
 */
export function prepareSystemContent(system: SystemContent | undefined, field = 'system'): PreparedSystemContent {
  if (system === undefined || system === '') return {};
  if (typeof system === 'string') return { text: system };
  return readExtendedCode().prepareSystemParts(system, field);
}

/**
 * Takes the `{ role: 'system' }` messages out of a conversation that passed `validateMessages`
 * (the extended code's `splitSystemMessages` when it has any).
 */
export function splitSystemMessages(messages: readonly RequestMessage[] = []): Pick<ModelRequest, 'messages' | 'systemMessages'> {
  if (!messages.some((message) => message?.role === 'system')) return { messages: messages as Message[] };
  return readExtendedCode().splitSystemMessages(messages);
}
