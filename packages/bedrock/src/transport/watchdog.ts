import type { CallContext } from './call-context';
import { transportTimers as timers } from './transport-timers';

export type WatchdogTrigger = 'firstByte' | 'idle' | 'total';

/**
 * Aborts one attempt when a timeout fires, and remembers which one fired so
 * the caller can throw `TimeoutError` rather than `AbortError`.
 */
export interface Watchdog {
  /** Aborts the attempt: the caller's signal or a timeout. */
  readonly signal: AbortSignal;
  /** Which timeout fired, if any. */
  fired?: WatchdogTrigger;
  /**
   * Bytes arrived: the first-byte timer stops; with `output` (the default) the idle clock restarts.
   * A frame without output (an empty delta, a ping) does not: endless tiny frames can't hold a stream open.
   */
  touch(output?: boolean): void;
  /** The attempt is over: stop every timer and listener. */
  stop(): void;
}

/** Stream timeouts when `timeout` leaves them out. */
const defaultStreamTimeoutMs = 60_000;

/**
 * The watchdog of one attempt of a call: the caller's signal, the call's
 * `totalMs` deadline and, for a stream, first-byte and idle timeouts. A
 * non-streaming answer arrives whole at the end, so only the deadline bounds
 * it (a first-byte limit would cut long generations).
 *
 * `touch()` runs for every frame of a stream, so after the first byte it only
 * records the time: one idle timer, when it fires, checks how long the stream
 * has really been idle and either fires or waits out the remainder.
 */
export function createWatchdog(context: CallContext, stream: boolean): Watchdog {
  const { timeouts, abortSignal, deadline } = context;
  const controller = new AbortController();
  const idleMs = stream ? enabledStreamTimeout(timeouts.idleMs) : undefined;
  let phaseTimer: unknown;
  let totalTimer: unknown;
  let firstByteSeen = false;
  let lastActivity = 0;

  const fire = (trigger: WatchdogTrigger) => {
    if (controller.signal.aborted) return;
    watchdog.fired = trigger;
    controller.abort(new Error(`${trigger} timeout`));
  };
  // Wakes when the stream could have been idle for `limitMs`; frames that came meanwhile push the check further out.
  const watchIdle = (limitMs: number, waitMs: number) => {
    phaseTimer = timers.setTimeout(() => {
      if (controller.signal.aborted) return;
      const idleFor = elapsedMs() - lastActivity;
      if (idleFor >= limitMs) fire('idle');
      else watchIdle(limitMs, limitMs - idleFor);
    }, waitMs);
  };
  const onAbort = () => controller.abort(abortSignal?.reason);

  const watchdog: Watchdog = {
    signal: controller.signal,
    touch(output = true) {
      if (firstByteSeen) {
        if (output) lastActivity = elapsedMs();
        return;
      }
      if (controller.signal.aborted) return;
      firstByteSeen = true;
      lastActivity = elapsedMs();
      timers.clearTimeout(phaseTimer);
      phaseTimer = undefined;
      if (idleMs !== undefined) watchIdle(idleMs, idleMs);
    },
    stop() {
      // A touch after the attempt ended must not arm a timer again.
      firstByteSeen = true;
      timers.clearTimeout(phaseTimer);
      timers.clearTimeout(totalTimer);
      abortSignal?.removeEventListener('abort', onAbort);
    },
  };

  if (abortSignal?.aborted) onAbort();
  else abortSignal?.addEventListener('abort', onAbort, { once: true });
  if (deadline !== undefined) totalTimer = timers.setTimeout(() => fire('total'), Math.max(0, deadline - context.now()));
  const firstByteMs = stream ? enabledStreamTimeout(timeouts.firstByteMs) : undefined;
  if (firstByteMs !== undefined) phaseTimer = timers.setTimeout(() => fire('firstByte'), firstByteMs);

  return watchdog;
}

/** A stream timeout in ms, the default when unset, or `undefined` when turned off (0, negative or infinite). */
function enabledStreamTimeout(ms: number | undefined): number | undefined {
  const resolved = ms ?? defaultStreamTimeoutMs;
  return resolved > 0 && Number.isFinite(resolved) ? resolved : undefined;
}

/**
 * Idle time is measured on the monotonic clock the timers themselves run on,
 * not `context.now()`: that injectable clock serves signing and the `totalMs`
 * deadline, and tests freeze or jump it, which would keep the idle check from
 * ever seeing time pass.
 */
function elapsedMs(): number {
  return timers.now();
}
