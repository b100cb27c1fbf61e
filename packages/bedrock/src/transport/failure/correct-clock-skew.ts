import type { CallContext } from '../call-context';
import type { RetryState } from '../prepare-retry';

const skewThresholdMs = 4 * 60_000; // under the 5-minute SigV4 window: larger gaps can't be signing latency

/**
 * A 403 "Signature expired" (`serverDateMs`: its `Date` header) is retried once, re-signed, only when the server clock (its `Date`
 * header) differs from ours by more than 4 minutes: the offset is adopted (within ±24 h; further off,
 * the call fails naming both times). A genuine overrun is final. Returns whether to retry.
 */
export function correctClockSkew(serverDateMs: number | undefined, state: RetryState, context: CallContext): boolean {
  if (state.skewCorrected || serverDateMs === undefined) return false;
  if (Math.abs(serverDateMs - context.clock.now().getTime()) <= skewThresholdMs) return false;
  const adopted = context.clock.adoptServerDate(new Date(serverDateMs));
  if (adopted.status === 'rejected') throw adopted.error;
  state.skewCorrected = true;
  return true;
}
