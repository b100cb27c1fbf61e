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
  const waiters = new Set<() => void>();
  let done = false;
  let failure: { error: unknown } | undefined;
  const cancel = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, cancel.signal]) : cancel.signal;
  const notify = () => {
    for (const wake of waiters) wake();
    waiters.clear();
  };

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

  const read = (): AsyncIterator<StreamEvent> => {
    let index = 0;
    return {
      async next() {
        for (;;) {
          if (index < events.length) return { done: false, value: events[index++]! };
          if (failure) throw failure.error;
          if (done) return { done: true, value: undefined };
          await new Promise<void>((wake) => waiters.add(wake));
        }
      },
      async return() {
        if (!done) cancel.abort(new Error('The stream reader stopped early.'));
        return { done: true, value: undefined };
      },
    };
  };
  const text = result.then((r) => r.text);
  text.catch(() => {});
  const stream: AsyncIterable<StreamEvent> = { [Symbol.asyncIterator]: read };

  return {
    [Symbol.asyncIterator]: read,
    textStream: {
      // Leaving this loop early leaves the inner one too, which cancels the call.
      async *[Symbol.asyncIterator]() {
        for await (const event of stream) if (event.type === 'text-delta') yield event.text;
      },
    },
    text,
    result,
  };
}
