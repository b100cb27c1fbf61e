import type { TextPart } from './message';
import type { ModelStreamPart } from './model-stream-part';

/** A native answer's text as content: one text part, or none when it is empty or not a string. */
export function convertTextToParts(text: unknown): TextPart[] {
  return typeof text === 'string' && text !== '' ? [{ type: 'text', text }] : [];
}

/** A native stream chunk's text as a `text-delta` part, or none when it is empty or not a string. */
export function convertTextToDeltaParts(text: unknown): ModelStreamPart[] {
  return typeof text === 'string' && text !== '' ? [{ type: 'text-delta', text }] : [];
}
