/** What renderers know about the request being answered. */
export interface RenderContext {
  /** The model ID as sent (decoded once). */
  modelId: string;
  /** 1-based number of the request since the emulator started (or was reset). */
  requestNumber: number;
  requestId: string;
  /** Emulator time, epoch milliseconds. */
  now: number;
}

/** Splits text into word-sized deltas, the way models stream (`"Why"`, `" did"`, …); joined they give the text back. */
export function splitText(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [text];
}

/** Splits a string into pieces of at most `size` characters. */
export function splitEvery(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

/** A deterministic tool-call ID in a family's style, unique per request and block. */
export function toolId(prefix: string, context: RenderContext, index: number): string {
  return `${prefix}${String(context.requestNumber).padStart(4, '0')}emu${index}`;
}
