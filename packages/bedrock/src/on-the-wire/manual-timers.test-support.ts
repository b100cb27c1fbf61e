import { afterEach, beforeEach } from 'vitest';
import { transportTimers } from '../transport/transport-timers';

/** A clock the test moves by hand, standing in for the transport's timers. */
export interface ManualTimers {
  /** Milliseconds moved so far. */
  readonly now: number;
  /** How many timers are armed and not yet fired or cleared. */
  readonly pending: number;
  /** Moves the clock `ms` forward, firing every timer that falls due on the way (also those armed meanwhile), in order. */
  advance(ms: number): void;
  /** Resolves once a timer of exactly `ms` is armed (at once if one is): the moment the transport started that wait. */
  armed(ms: number): Promise<void>;
}

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly ms: number;
  readonly callback: () => void;
}

/**
 * Replaces the transport's timers (watchdog: first byte, idle, total) with a
 * manual clock for each test of the file, and puts the real ones back after.
 * A timeout then fires only when the test moves the clock, after the emulator
 * holds the exchange at a gate: the verdict never depends on how fast the
 * machine is, and nothing fires on its own under load.
 */
export function useManualTimers(): ManualTimers {
  const real = { ...transportTimers };
  let now = 0;
  let nextId = 1;
  let timers: Timer[] = [];
  let waiters: { ms: number; resolve: () => void }[] = [];

  const wake = () => {
    waiters = waiters.filter((waiter) => {
      if (!timers.some((timer) => timer.ms === waiter.ms)) return true;
      waiter.resolve();
      return false;
    });
  };

  beforeEach(() => {
    now = 0;
    timers = [];
    waiters = [];
    transportTimers.setTimeout = (callback, ms) => {
      const timer = { id: nextId++, at: now + Math.max(0, ms), ms, callback };
      timers.push(timer);
      wake();
      return timer.id;
    };
    transportTimers.clearTimeout = (handle) => {
      timers = timers.filter((timer) => timer.id !== handle);
    };
    transportTimers.now = () => now;
  });
  afterEach(() => {
    Object.assign(transportTimers, real);
  });

  return {
    get now() {
      return now;
    },
    get pending() {
      return timers.length;
    },
    advance(ms) {
      const target = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
      }
      now = target;
    },
    armed(ms) {
      return new Promise((resolve) => {
        waiters.push({ ms, resolve });
        wake();
      });
    },
  };
}
