/** The emulator's clock: the injected time source plus a test-controlled offset. */
export interface EmulatorClock {
  /** Current emulator time, epoch milliseconds. */
  now(): number;
  /** Moves the clock forward (or back, with a negative value). */
  advance(ms: number): void;
  /** Sets the clock so `now()` returns `epochMs` at this moment. */
  set(epochMs: number): void;
  /** Drops the offset added by `advance` / `set`. */
  reset(): void;
}

/** Creates a clock over `source` (default `Date.now`). */
export function createEmulatorClock(source: () => number = Date.now): EmulatorClock {
  let offset = 0;
  return {
    now: () => source() + offset,
    advance(ms) {
      offset += ms;
    },
    set(epochMs) {
      offset = epochMs - source();
    },
    reset() {
      offset = 0;
    },
  };
}
