import type { CallContext } from './call-context';

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
  /** Bytes arrived: the first-byte timer stops, the idle timer restarts. */
  touch(): void;
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
 */
export function createWatchdog(context: CallContext, stream: boolean): Watchdog {
  const { timeouts, abortSignal, deadline } = context;
  const controller = new AbortController();
  let phaseTimer: ReturnType<typeof setTimeout> | undefined;
  let totalTimer: ReturnType<typeof setTimeout> | undefined;

  const fire = (trigger: WatchdogTrigger) => {
    if (controller.signal.aborted) return;
    watchdog.fired = trigger;
    controller.abort(new Error(`${trigger} timeout`));
  };
  const armPhase = (ms: number | undefined, trigger: WatchdogTrigger) => {
    clearTimeout(phaseTimer);
    if (stream) {
      ms ??= defaultStreamTimeoutMs;
      phaseTimer = ms > 0 && Number.isFinite(ms) ? setTimeout(() => fire(trigger), ms) : undefined;
    }
  };
  const onAbort = () => controller.abort(abortSignal?.reason);

  const watchdog: Watchdog = {
    signal: controller.signal,
    touch() {
      if (!controller.signal.aborted) armPhase(timeouts.idleMs, 'idle');
    },
    stop() {
      clearTimeout(phaseTimer);
      clearTimeout(totalTimer);
      abortSignal?.removeEventListener('abort', onAbort);
    },
  };

  if (abortSignal?.aborted) onAbort();
  else abortSignal?.addEventListener('abort', onAbort, { once: true });
  if (deadline !== undefined) totalTimer = setTimeout(() => fire('total'), Math.max(0, deadline - context.now()));
  armPhase(timeouts.firstByteMs, 'firstByte');

  return watchdog;
}
