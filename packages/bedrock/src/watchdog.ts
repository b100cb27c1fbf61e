import type { TimeoutOptions } from './bedrock-options';
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
  readonly fired: WatchdogTrigger | undefined;
  /** Bytes arrived: the first-byte timer stops, the idle timer restarts. */
  touch(): void;
  /** The attempt is over: stop every timer and listener. */
  stop(): void;
}

export interface WatchdogOptions {
  timeouts: TimeoutOptions;
  /** Streams get first-byte and idle timeouts; a non-streaming call sends nothing until it is complete, so it gets only the total. */
  stream: boolean;
  /** The caller's signal. */
  abortSignal: AbortSignal | undefined;
  /** Absolute time (ms, same clock as `now`) when `totalMs` runs out, if set. */
  deadline: number | undefined;
  now: () => number;
}

export const defaultStreamTimeouts = { firstByteMs: 60_000, idleMs: 60_000 } as const;

export function createWatchdog(options: WatchdogOptions): Watchdog {
  const { timeouts, stream, abortSignal, deadline, now } = options;
  const controller = new AbortController();
  let fired: WatchdogTrigger | undefined;
  let phaseTimer: ReturnType<typeof setTimeout> | undefined;
  let totalTimer: ReturnType<typeof setTimeout> | undefined;
  // A non-streaming answer arrives whole at the end, so only totalMs can bound it (a first-byte limit would cut long generations).
  const firstByteMs = stream ? (timeouts.firstByteMs ?? defaultStreamTimeouts.firstByteMs) : undefined;
  const idleMs = stream ? (timeouts.idleMs ?? defaultStreamTimeouts.idleMs) : undefined;

  const fire = (trigger: WatchdogTrigger) => {
    if (controller.signal.aborted) return;
    fired = trigger;
    controller.abort(new Error(`${trigger} timeout`));
  };
  const armPhase = (ms: number | undefined, trigger: WatchdogTrigger) => {
    if (phaseTimer !== undefined) clearTimeout(phaseTimer);
    phaseTimer = ms !== undefined && ms > 0 && Number.isFinite(ms) ? setTimeout(() => fire(trigger), ms) : undefined;
  };
  const onAbort = () => controller.abort(abortSignal?.reason);

  if (abortSignal?.aborted) controller.abort(abortSignal.reason);
  else abortSignal?.addEventListener('abort', onAbort, { once: true });
  if (deadline !== undefined) totalTimer = setTimeout(() => fire('total'), Math.max(0, deadline - now()));
  armPhase(firstByteMs, 'firstByte');

  return {
    signal: controller.signal,
    get fired() {
      return fired;
    },
    touch() {
      if (!controller.signal.aborted) armPhase(idleMs, 'idle');
    },
    stop() {
      clearTimeout(phaseTimer);
      clearTimeout(totalTimer);
      abortSignal?.removeEventListener('abort', onAbort);
    },
  };
}

/** The watchdog of one attempt of a call: its timeouts, the caller's signal and the call's deadline. */
export function createAttemptWatchdog(context: CallContext, stream: boolean): Watchdog {
  return createWatchdog({ timeouts: context.timeouts, stream, abortSignal: context.abortSignal, deadline: context.deadline, now: context.now });
}
