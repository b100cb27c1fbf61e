/** Cuts streamed text at the first stop sequence, holding back what could be the start of one. */
export interface StopSequenceFilter {
  /** Feeds text; returns what is safe to emit now and whether a stop sequence was reached. */
  push(text: string): { text: string; stopped: boolean };
  /** Returns the held-back text at the end of the stream (empty once stopped). */
  flush(): string;
}

/**
 * The native Llama body has no stop parameter, so stop sequences are applied
 * to the generated text here: everything from the first occurrence on is cut
 * (the stop sequence itself is not part of the answer, as on Converse). While
 * streaming, a tail that may be the beginning of a stop sequence split across
 * chunks is held back until the next chunk shows whether it is one.
 */
export function createStopSequenceFilter(stopSequences: readonly string[]): StopSequenceFilter {
  const stops = stopSequences.filter((stop) => stop !== '');
  let pending = '';
  let stopped = false;
  return {
    push(text) {
      pending += text;
      const found = stops.map((stop) => pending.indexOf(stop)).filter((at) => at !== -1);
      // Once stopped, nothing more is emitted; otherwise emit up to the earliest stop, or up to a possible partial one.
      const end = stopped ? 0 : found.length > 0 ? Math.min(...found) : pending.length - longestPartialStop(pending, stops);
      const out = pending.slice(0, end);
      stopped ||= found.length > 0;
      pending = stopped ? '' : pending.slice(end);
      return { text: out, stopped };
    },
    flush() {
      const out = pending;
      pending = '';
      return out;
    },
  };
}

/** Length of the longest suffix of `text` that is a proper prefix of a stop sequence. */
function longestPartialStop(text: string, stops: readonly string[]): number {
  let longest = 0;
  for (const stop of stops) {
    for (let length = Math.min(stop.length - 1, text.length); length > longest; length--) {
      if (text.endsWith(stop.slice(0, length))) longest = length;
    }
  }
  return longest;
}
