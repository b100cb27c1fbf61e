import { InputError, type GenerateTextResult, type StreamEvent } from '@bedrock-kit/core';

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
 * How many events from the start any reader can still replay, however late it
 * starts: a short stream may be read again from the start. Past them, an event
 * is held only until every reader has it.
 */
export const replayWindow = 128;

/**
 * The one pass over the producer that every reader of a stream shares. Events
 * `start … start + held.length - 1` are held; the producer runs only when a
 * reader (or a promise) asks for an event not produced yet.
 */
interface SharedPass {
  produce: Producer;
  callerSignal: AbortSignal | undefined;
  source?: AsyncGenerator<StreamEvent, GenerateTextResult>;
  cancel?: AbortController;
  held: StreamEvent[];
  /** How many events were dropped from the front of `held`. */
  start: number;
  readers: Set<EventReader>;
  pulling?: Promise<void>;
  done?: { result: GenerateTextResult } | { failure: unknown };
  result?: Promise<GenerateTextResult>;
  draining?: boolean;
}

/**
 * A stream that pulls: events are produced as its readers read them (so a slow
 * reader slows the socket), and it holds only the events some reader has not
 * read yet (plus the first `replayWindow`). Any number of readers — iterating
 * it, `textStream` — share one pass and each sees every event; one reader's
 * `break` leaves the others reading. When the last reader stops early, the
 * call is cancelled so its socket is released. Awaiting `text` / `result`
 * asks for the whole answer: the pass then runs to the end. Failures reject
 * `text` / `result` and are thrown from every reader after the events
 * received before them.
 */
export function createTextStream(produce: Producer, callerSignal?: AbortSignal): TextStream {
  return new PulledTextStream({ produce, callerSignal, held: [], start: 0, readers: new Set() });
}

/** How many events the stream holds now (for tests: what a stream keeps does not grow with the events read). */
export function countHeldEvents(stream: TextStream): number {
  return (stream as PulledTextStream).pass?.held.length ?? 0;
}

// A class and module-level functions, not closures: every function made per stream would be held by each open stream.
class PulledTextStream implements TextStream {
  constructor(readonly pass: SharedPass) {}

  [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    return openReader(this.pass, false) as AsyncIterator<StreamEvent>;
  }

  get textStream(): AsyncIterable<string> {
    return { [Symbol.asyncIterator]: () => openReader(this.pass, true) as AsyncIterator<string> };
  }

  get result(): Promise<GenerateTextResult> {
    return readResult(this.pass);
  }

  get text(): Promise<string> {
    return readResult(this.pass).then((result) => result.text);
  }
}

/** One reader: every event, or (`textOnly`) the text of the text deltas. */
interface EventReader {
  pass: SharedPass;
  textOnly: boolean;
  /** The index of the next event to read. */
  cursor: number;
  /** Made after events were released: it would silently miss them, so it throws instead. */
  late: boolean;
  next(): Promise<IteratorResult<StreamEvent | string, undefined>>;
  return(): Promise<IteratorResult<never, undefined>>;
}

function openReader(pass: SharedPass, textOnly: boolean): EventReader {
  const reader: EventReader = { pass, textOnly, cursor: pass.start, late: pass.start > 0, next: readNext, return: stopReading };
  pass.readers.add(reader);
  return reader;
}

async function readNext(this: EventReader): Promise<IteratorResult<StreamEvent | string, undefined>> {
  const { pass } = this;
  for (;;) {
    const event = pass.held[this.cursor - pass.start];
    if (!pass.readers.has(this)) return { done: true, value: undefined };
    if (this.late) {
      closeReader(this);
      throw new InputError({ message: `A stream reader started after more than ${replayWindow} events were released: start every reader before reading.` });
    } else if (event) {
      this.cursor++;
      release(pass);
      if (!this.textOnly) return { done: false, value: event };
      if (event.type === 'text-delta') return { done: false, value: event.text };
    } else if (pass.done) {
      closeReader(this);
      if ('failure' in pass.done) throw pass.done.failure;
    } else await pull(pass);
  }
}

/** The caller stopped early (`break`): the others read on; the last one out cancels the call. */
async function stopReading(this: EventReader): Promise<IteratorResult<never, undefined>> {
  const { pass } = this;
  if (pass.readers.has(this)) {
    closeReader(this);
    // Aborted once the producer resumed (the pull starts it in this turn), and run to its end, which the abort makes short.
    if (pass.readers.size === 0 && !pass.done && pass.source) {
      void drain(pass);
      pass.cancel!.abort(new Error('The stream reader stopped early.'));
    }
  }
  return { done: true, value: undefined };
}

function closeReader(reader: EventReader): void {
  reader.pass.readers.delete(reader);
  release(reader.pass);
}

/** Asks the producer for one more event; concurrent askers share the one request. */
function pull(pass: SharedPass): Promise<void> {
  if (!pass.pulling) {
    let step: Promise<IteratorResult<StreamEvent, GenerateTextResult>>;
    try {
      if (!pass.source) {
        pass.cancel = new AbortController();
        // The producer's signal also fires when the last reader stops early, so the call releases its socket.
        pass.source = pass.produce(pass.callerSignal ? AbortSignal.any([pass.callerSignal, pass.cancel.signal]) : pass.cancel.signal);
      }
      step = pass.source.next();
    } catch (failure) {
      step = Promise.reject(failure);
    }
    pass.pulling = step.then(
      (next) => {
        pass.pulling = undefined;
        if (next.done) pass.done = { result: next.value };
        else pass.held.push(next.value), release(pass);
      },
      (failure: unknown) => {
        pass.pulling = undefined;
        pass.done = { failure };
      },
    );
  }
  return pass.pulling;
}

/** Drops the held events every reader has read, keeping the first `replayWindow` while the stream is that short. */
function release(pass: SharedPass): void {
  let keepFrom = pass.start + pass.held.length;
  if (keepFrom <= replayWindow) return;
  for (const reader of pass.readers) keepFrom = Math.min(keepFrom, reader.cursor);
  pass.held.splice(0, keepFrom - pass.start);
  pass.start = Math.max(pass.start, keepFrom);
}

/** Made on first use: the pass then runs to its end, whether or not anyone reads. */
function readResult(pass: SharedPass): Promise<GenerateTextResult> {
  return (pass.result ??= drain(pass).then(() => {
    const { done } = pass;
    if ('failure' in done!) throw done.failure;
    return done!.result;
  }));
}

/** Runs the pass to its end (for the promises, or to finish a cancelled call); readers still get what they have not read. */
async function drain(pass: SharedPass): Promise<void> {
  // The first pull starts in this turn, before any await.
  while (!pass.done) await pull(pass);
}
