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

/** What the producer has delivered so far, shared by every reader. */
interface EventLog {
  events: StreamEvent[];
  done: boolean;
  failure?: { error: unknown };
  /** Settles when an event arrives or the stream ends, and is then replaced. */
  changed: Promise<void>;
  /** Settles `changed`. */
  wake: () => void;
  cancel: AbortController;
}

/**
 * Runs the producer at once and fans its events out to any number of
 * readers (each sees every event from the start). A reader that stops early
 * (`break`) cancels the call so its socket is released. Failures reject
 * `text` / `result` and are thrown from every reader after the events
 * received before them.
 */
export function createTextStream(produce: Producer, callerSignal?: AbortSignal): TextStream {
  const log = { events: [], done: false, cancel: new AbortController() } as unknown as EventLog;
  armChange(log);
  const signal = callerSignal ? AbortSignal.any([callerSignal, log.cancel.signal]) : log.cancel.signal;
  const result = pump(log, produce, signal);
  // A reaction on `result`, so a caller who only iterates gets no unhandled rejection from it; the failure still reaches them there.
  const text = result.then(readText);
  text.catch(ignore);

  // The helpers are module-level: every function made here would be held by each open stream.
  return {
    [Symbol.asyncIterator]: () => readEvents(log),
    textStream: { [Symbol.asyncIterator]: () => readTextDeltas(log) },
    text,
    result,
  };
}

/** Pulls every event from the producer into the log, waking the readers; settles with the producer's result. */
async function pump(log: EventLog, produce: Producer, signal: AbortSignal): Promise<GenerateTextResult> {
  try {
    const generator = produce(signal);
    for (;;) {
      const next = await generator.next();
      if (next.done) return next.value;
      log.events.push(next.value);
      wakeReaders(log);
    }
  } catch (error) {
    log.failure = { error };
    throw error;
  } finally {
    log.done = true;
    wakeReaders(log);
  }
}

/** Readers wait on `log.changed`: settling it wakes them all, and the next one is armed. */
function wakeReaders(log: EventLog): void {
  log.wake();
  armChange(log);
}

function armChange(log: EventLog): void {
  log.changed = new Promise<void>((resolve) => (log.wake = resolve));
}

function readText(result: GenerateTextResult): string {
  return result.text;
}

function ignore(): void {}

// The readers are module-level generators: a generator function made per stream would allocate its own prototype per stream.
async function* readEvents(log: EventLog): AsyncGenerator<StreamEvent> {
  try {
    for (let index = 0; ; ) {
      if (index < log.events.length) yield log.events[index++]!;
      else if (log.failure) throw log.failure.error;
      else if (log.done) return;
      else await log.changed;
    }
  } finally {
    // A reader that leaves early (`break`) cancels the call.
    if (!log.done) log.cancel.abort(new Error('The stream reader stopped early.'));
  }
}

async function* readTextDeltas(log: EventLog): AsyncGenerator<string> {
  for await (const event of readEvents(log)) if (event.type === 'text-delta') yield event.text;
}
