/** The reasoning and answer text of one chat message or stream delta. */
export interface MistralChatContent {
  reasoning: string;
  text: string;
}

/**
 * Reads chat `content`: a string, or (Magistral) a list of chunks where `thinking` chunks hold
 * the reasoning (`{ type: 'thinking', thinking: [{ type: 'text', text }] }`) and `text` chunks the answer.
 */
export function readMistralChatContent(content: unknown): MistralChatContent {
  if (typeof content === 'string') return { reasoning: '', text: content };
  const out: MistralChatContent = { reasoning: '', text: '' };
  if (!Array.isArray(content)) return out;
  for (const chunk of content as Record<string, any>[]) {
    if (chunk?.type === 'text' && typeof chunk.text === 'string') out.text += chunk.text;
    else if (chunk?.type === 'thinking') {
      const pieces: Record<string, any>[] = Array.isArray(chunk.thinking) ? chunk.thinking : [{ text: chunk.thinking }];
      for (const piece of pieces) if (typeof piece?.text === 'string') out.reasoning += piece.text;
    }
  }
  return out;
}

/** Tool arguments arrive as JSON text; empty is `{}`, text that is not JSON stays a string. */
export function parseMistralToolArguments(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? {};
  if (value.trim() === '') return {};
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
