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
class SharedPass {
  source: AsyncGenerator<StreamEvent, GenerateTextResult> | undefined = undefined;
  cancel: AbortController | undefined = undefined;
  held: StreamEvent[] = [];
  /** The number of events dropped from the front of `held`. */
  start = 0;
  readers = new Set<EventReader>();
  pulling: Promise<void> | undefined = undefined;
  outcome: { result: GenerateTextResult } | { failure: unknown } | undefined = undefined;
  result: Promise<GenerateTextResult> | undefined = undefined;
  settle: { resolve: (result: GenerateTextResult) => void; reject: (error: unknown) => void } | undefined = undefined;
  text: Promise<string> | undefined = undefined;
  draining = false;

  constructor(
    readonly produce: Producer,
    readonly callerSignal: AbortSignal | undefined,
  ) {}
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
  return new PulledTextStream(new SharedPass(produce, callerSignal));
}

/** How many events the stream holds now (for tests: what a stream keeps does not grow with the events read). */
export function countHeldEvents(stream: TextStream): number {
  return stream instanceof PulledTextStream ? stream.pass.held.length : 0;
}

// Classes, not closures: every function made per stream would be held by each open stream.
class PulledTextStream implements TextStream {
  constructor(readonly pass: SharedPass) {}

  [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    return new EventReader(this.pass);
  }

  get textStream(): AsyncIterable<string> {
    return new TextIterable(this.pass);
  }

  get result(): Promise<GenerateTextResult> {
    return readResult(this.pass);
  }

  get text(): Promise<string> {
    return (this.pass.text ??= readResult(this.pass).then(readText));
  }
}

class TextIterable implements AsyncIterable<string> {
  constructor(private readonly pass: SharedPass) {}

  [Symbol.asyncIterator](): AsyncIterator<string> {
    return new TextReader(new EventReader(this.pass));
  }
}

class EventReader implements AsyncIterator<StreamEvent> {
  /** The index of the next event this reader reads. */
  cursor: number;
  private closed = false;
  /** Made after events were released: it would silently miss them, so it throws instead. */
  private readonly late: boolean;

  constructor(private readonly pass: SharedPass) {
    this.cursor = pass.start;
    this.late = pass.start > 0;
    pass.readers.add(this);
  }

  async next(): Promise<IteratorResult<StreamEvent, undefined>> {
    const { pass } = this;
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      if (this.late) {
        this.close();
        throw lateReaderError();
      }
      const index = this.cursor - pass.start;
      if (index < pass.held.length) {
        const event = pass.held[index]!;
        this.cursor++;
        release(pass);
        return { done: false, value: event };
      }
      if (pass.outcome) {
        this.close();
        if ('failure' in pass.outcome) throw pass.outcome.failure;
        return { done: true, value: undefined };
      }
      await pull(pass);
    }
  }

  /** The caller stopped early (`break`): the others read on; the last one out cancels the call. */
  async return(): Promise<IteratorResult<StreamEvent, undefined>> {
    const { pass } = this;
    const wasOpen = !this.closed;
    this.close();
    if (wasOpen && pass.readers.size === 0 && !pass.outcome) cancelPass(pass);
    return { done: true, value: undefined };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pass.readers.delete(this);
    release(this.pass);
  }
}

class TextReader implements AsyncIterator<string> {
  constructor(private readonly events: EventReader) {}

  async next(): Promise<IteratorResult<string, undefined>> {
    for (;;) {
      const next = await this.events.next();
      if (next.done) return next;
      if (next.value.type === 'text-delta') return { done: false, value: next.value.text };
    }
  }

  async return(): Promise<IteratorResult<string, undefined>> {
    await this.events.return();
    return { done: true, value: undefined };
  }
}

/** Asks the producer for one more event; concurrent askers share the one request. */
function pull(pass: SharedPass): Promise<void> {
  return (pass.pulling ??= startPull(pass));
}

function startPull(pass: SharedPass): Promise<void> {
  let step: Promise<IteratorResult<StreamEvent, GenerateTextResult>>;
  try {
    if (!pass.source) {
      pass.cancel = new AbortController();
      // The producer's signal also fires when the last reader stops early, so the call releases its socket.
      const signal = pass.callerSignal ? AbortSignal.any([pass.callerSignal, pass.cancel.signal]) : pass.cancel.signal;
      pass.source = pass.produce(signal);
    }
    // Called now, not after an await: the producer resumes in this turn (cancelPass relies on it).
    step = pass.source.next();
  } catch (error) {
    step = Promise.reject(error);
  }
  return step.then(
    (next) => {
      pass.pulling = undefined;
      if (next.done) finish(pass, { result: next.value });
      else {
        pass.held.push(next.value);
        release(pass);
      }
    },
    (failure: unknown) => {
      pass.pulling = undefined;
      finish(pass, { failure });
    },
  );
}

/** Drops the held events every reader has read, keeping the first `replayWindow` while the stream is that short. */
function release(pass: SharedPass): void {
  const produced = pass.start + pass.held.length;
  if (produced <= replayWindow) return;
  let keepFrom = produced;
  for (const reader of pass.readers) if (reader.cursor < keepFrom) keepFrom = reader.cursor;
  if (keepFrom > pass.start) {
    pass.held.splice(0, keepFrom - pass.start);
    pass.start = keepFrom;
  }
}

function finish(pass: SharedPass, outcome: NonNullable<SharedPass['outcome']>): void {
  pass.outcome = outcome;
  const { settle } = pass;
  pass.settle = undefined;
  if (!settle) return;
  if ('result' in outcome) settle.resolve(outcome.result);
  else settle.reject(outcome.failure);
}

function readResult(pass: SharedPass): Promise<GenerateTextResult> {
  if (!pass.result) {
    const { outcome } = pass;
    if (outcome) pass.result = 'result' in outcome ? Promise.resolve(outcome.result) : Promise.reject(outcome.failure);
    else {
      pass.result = new Promise((resolve, reject) => (pass.settle = { resolve, reject }));
      void drain(pass);
    }
  }
  return pass.result;
}

/** Runs the pass to its end (for the promises, or to finish a cancelled call); readers still get what they have not read. */
async function drain(pass: SharedPass): Promise<void> {
  if (pass.draining) return;
  pass.draining = true;
  // The first pull starts synchronously, before an await.
  while (!pass.outcome) await pull(pass);
}

/** The last reader left early: the call is aborted (its socket released) and run to its end, which its abort makes short. */
function cancelPass(pass: SharedPass): void {
  if (!pass.source) return; // nothing was sent
  void drain(pass);
  pass.cancel!.abort(new Error('The stream reader stopped early.'));
}

function lateReaderError(): InputError {
  return new InputError({
    message: `This reader of the stream started after more than ${replayWindow} events had passed and were released (a stream holds only what its readers have not read): start every reader (iterating the stream, textStream) before reading the first.`,
  });
}

function readText(result: GenerateTextResult): string {
  return result.text;
}
