import type { GenerateTextResult, StreamEvent } from '@bedrock-kit/core';

/** What `streamText` returns: iterate it for events, or await `text` / `result`. */
export interface TextStream extends AsyncIterable<StreamEvent> {
  /** Only the text deltas. */
  readonly textStream: AsyncIterable<string>;
  /** The full text of the last step, when the stream ends. */
  readonly text: Promise<string>;
  /** The complete result, when the stream ends. */
  readonly result: Promise<GenerateTextResult>;
}

type Producer = (abortSignal: AbortSignal | undefined) => AsyncGenerator<StreamEvent, GenerateTextResult>;

/**
 * Runs the producer at once and fans its events out to any number of
 * readers (each sees every event from the start). A reader that stops early
 * (`break`) cancels the call so its socket is released. Failures reject
 * `text` / `result` and are thrown from every reader after the events
 * received before them.
 */
export function createTextStream(produce: Producer, callerSignal?: AbortSignal): TextStream {
  const events: StreamEvent[] = [];
  let done = false;
  let failure: { error: unknown } | undefined;
  // Readers wait on `changed`; `notify` settles it (waking them all) and arms the next one.
  let wake!: () => void;
  const nextChange = () => new Promise<void>((resolve) => (wake = resolve));
  let changed = nextChange();
  const notify = () => {
    wake();
    changed = nextChange();
  };
  const cancel = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, cancel.signal]) : cancel.signal;

  const result = (async () => {
    try {
      const generator = produce(signal);
      for (;;) {
        const next = await generator.next();
        if (next.done) return next.value;
        events.push(next.value);
        notify();
      }
    } catch (error) {
      failure = { error };
      throw error;
    } finally {
      done = true;
      notify();
    }
  })();
  result.catch(() => {}); // the caller may only iterate; the failure still reaches them there
  const text = result.then((r) => r.text);
  text.catch(() => {});

  async function* read(): AsyncGenerator<StreamEvent> {
    try {
      for (let index = 0; ; ) {
        if (index < events.length) yield events[index++]!;
        else if (failure) throw failure.error;
        else if (done) return;
        else await changed;
      }
    } finally {
      // A reader that leaves early (`break`) cancels the call.
      if (!done) cancel.abort(new Error('The stream reader stopped early.'));
    }
  }

  return {
    [Symbol.asyncIterator]: read,
    textStream: {
      async *[Symbol.asyncIterator]() {
        for await (const event of read()) if (event.type === 'text-delta') yield event.text;
      },
    },
    text,
    result,
  };
}
