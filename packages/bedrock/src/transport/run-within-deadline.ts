import type { CallContext } from './call-context';
import { classifyFailure } from './classify-failure';
import { raceSignal } from './race-signal';
import { createWatchdog } from './watchdog';

/**
 * Runs work outside the transport (the tools of a step) within the call's `abortSignal` and
 * `totalMs`: it gets a signal that fires with them, and the call stops waiting for it then,
 * with the same `AbortError` / `TimeoutError` an attempt would give.
 */
export async function runWithinDeadline<T>(context: CallContext, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const watchdog = createWatchdog(context, false);
  try {
    return await raceSignal(work(watchdog.signal), watchdog.signal);
  } catch (error) {
    throw classifyFailure(error, watchdog, context.abortSignal) ?? error;
  } finally {
    watchdog.stop();
  }
}
