import type { TextPart } from '@bedrock-kit/core';

/** The text of a native answer as content: one text part, or none when it is empty or absent. */
export function convertCohereAnswerText(text: unknown): TextPart[] {
  return typeof text === 'string' && text !== '' ? [{ type: 'text', text }] : [];
}
