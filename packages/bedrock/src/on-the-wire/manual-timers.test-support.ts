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
  /**
   * Resolves with the length of a timer of at most `maxMs` once one is armed (at once if one is): a wait of a
   * length the test can't know in advance, such as a jittered retry backoff, which it then moves past.
   */
  armedUpTo(maxMs: number): Promise<number>;
}

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly ms: number;
  readonly callback: () => void;
}

/**
 * Replaces the transport's timers (watchdog: first byte, idle, total; retry backoff) with a
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
  let waiters: { fits: (ms: number) => boolean; resolve: (ms: number) => void }[] = [];

  const fire = (timer: Timer) => {
    if (!timers.includes(timer)) return; // cleared, or fired by `advance` meanwhile
    timers = timers.filter((other) => other !== timer);
    timer.callback();
  };
  const wake = () => {
    waiters = waiters.filter((waiter) => {
      const timer = timers.find((candidate) => waiter.fits(candidate.ms));
      if (!timer) return true;
      waiter.resolve(timer.ms);
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
      // Already due (a zero backoff, a deadline already passed): no clock has to move for it, so it
      // fires on its own on the next turn, as a real one would; a later timer waits for `advance`.
      if (ms <= 0) setImmediate(() => fire(timer));
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
        now = due.at;
        fire(due);
      }
      now = target;
    },
    armed(ms) {
      return new Promise((resolve) => {
        waiters.push({ fits: (armedMs) => armedMs === ms, resolve: () => resolve() });
        wake();
      });
    },
    armedUpTo(maxMs) {
      return new Promise((resolve) => {
        waiters.push({ fits: (armedMs) => armedMs <= maxMs, resolve });
        wake();
      });
    },
  };
}
