import type { ModelResponse, ModelStreamPart } from '@bedrock-kit/core';

/** A complete answer as the stream parts it would have arrived as (for the non-streaming fallback). */
export function replayResponseAsParts(response: ModelResponse): ModelStreamPart[] {
  const parts: ModelStreamPart[] = [];
  for (const part of response.content) {
    if (part.type === 'text') parts.push({ type: 'text-delta', text: part.text });
    else if (part.type === 'tool-call') parts.push({ type: 'tool-call', id: part.id, name: part.name, input: part.input });
    else if (part.type === 'reasoning') {
      if (part.redacted !== undefined) parts.push({ type: 'reasoning-redacted', data: part.redacted });
      else {
        parts.push({ type: 'reasoning-delta', text: part.text });
        if (part.signature !== undefined) parts.push({ type: 'reasoning-signature', signature: part.signature });
      }
    }
    parts.push({ type: 'block-end' });
  }
  for (const citation of response.citations ?? []) parts.push({ type: 'citation', citation });
  parts.push({ type: 'usage', usage: response.usage }, { type: 'finish', finishReason: response.finishReason });
  return parts;
}
