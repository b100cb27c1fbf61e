/**
 * The timers and the monotonic clock the transport's waits run on, read at
 * each use rather than captured, so a test can swap them for a clock it moves
 * by hand (`on-the-wire/manual-timers.test-support.ts`) and fire a timeout at
 * the moment it chooses instead of racing the machine's speed.
 */
export const transportTimers = {
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
  /** Monotonic milliseconds, the clock the timers run on. */
  now: (): number => performance.now(),
};
