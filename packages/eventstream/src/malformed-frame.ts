import { createFrameError, type EventStreamFault } from './create-frame-error';

/** Throws the `StreamError` for a frame that breaks the wire format; `problem` says how. */
export function malformedFrame(fault: EventStreamFault, problem: string): never {
  throw createFrameError(fault, `Event-stream ${problem}; the stream is malformed.`);
}
