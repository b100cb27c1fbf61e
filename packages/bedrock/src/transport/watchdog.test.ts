import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeoutOptions } from '../client/bedrock-options';
import type { CallContext } from './call-context';
import { createWatchdog } from './watchdog';

/**
 * The watchdog on fake timers (which fake `performance.now()` too, the clock
 * idle time is measured on). The end-to-end timeout behaviour over real
 * sockets is in fault-matrix-watchdog.test.ts.
 */

/** Only the fields the watchdog reads; `totalMs` becomes a deadline on `Date.now()`, as prepareCall does. */
function contextWith(timeouts: TimeoutOptions, abortSignal?: AbortSignal): CallContext {
  const deadline = timeouts.totalMs === undefined ? undefined : Date.now() + timeouts.totalMs;
  return { timeouts, abortSignal, deadline, now: () => Date.now() } as CallContext;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('watchdog: touch() on every frame', () => {
  it('1000 touches arm one timer in all (the first byte swaps the first-byte timer for the idle timer)', () => {
    const watchdog = createWatchdog(contextWith({ firstByteMs: 500, idleMs: 200 }), true);
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    for (let frame = 0; frame < 1000; frame++) watchdog.touch();
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    expect(clearTimeoutSpy).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    watchdog.stop();
  });

  it('frames that keep coming within idleMs never fire it; idleMs after the last frame it fires', () => {
    const watchdog = createWatchdog(contextWith({ firstByteMs: 500, idleMs: 200 }), true);
    for (let frame = 0; frame < 20; frame++) {
      watchdog.touch();
      vi.advanceTimersByTime(150);
    }
    expect(watchdog.signal.aborted).toBe(false);
    vi.advanceTimersByTime(49);
    expect(watchdog.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(watchdog.fired).toBe('idle');
    expect(watchdog.signal.aborted).toBe(true);
    expect(watchdog.signal.reason).toEqual(new Error('idle timeout'));
    watchdog.stop();
  });

  it('a frame restarts the idle clock even when the idle timer was armed long before it', () => {
    const watchdog = createWatchdog(contextWith({ idleMs: 200 }), true);
    watchdog.touch();
    vi.advanceTimersByTime(190);
    watchdog.touch();
    vi.advanceTimersByTime(199);
    expect(watchdog.fired).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(watchdog.fired).toBe('idle');
  });
});

describe('watchdog: first byte, total, abort, stop', () => {
  it('fires firstByte when no frame comes, and the first frame stops that timer', () => {
    const silent = createWatchdog(contextWith({ firstByteMs: 100, idleMs: 500 }), true);
    vi.advanceTimersByTime(100);
    expect(silent.fired).toBe('firstByte');

    const talking = createWatchdog(contextWith({ firstByteMs: 100, idleMs: 500 }), true);
    vi.advanceTimersByTime(50);
    talking.touch();
    vi.advanceTimersByTime(499);
    expect(talking.fired).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(talking.fired).toBe('idle');
  });

  it('stream timeouts default to 60 s; 0 or Infinity turns one off', () => {
    const defaults = createWatchdog(contextWith({}), true);
    vi.advanceTimersByTime(59_999);
    expect(defaults.fired).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(defaults.fired).toBe('firstByte');

    const off = createWatchdog(contextWith({ firstByteMs: 0, idleMs: Infinity }), true);
    expect(vi.getTimerCount()).toBe(0);
    off.touch();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a non-streaming attempt has only the total deadline', () => {
    const watchdog = createWatchdog(contextWith({ firstByteMs: 10, idleMs: 10, totalMs: 300 }), false);
    watchdog.touch();
    vi.advanceTimersByTime(299);
    expect(watchdog.fired).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(watchdog.fired).toBe('total');
  });

  it('the total deadline fires while frames keep coming', () => {
    const watchdog = createWatchdog(contextWith({ idleMs: 200, totalMs: 1000 }), true);
    for (let frame = 0; frame < 10; frame++) {
      watchdog.touch();
      vi.advanceTimersByTime(100);
    }
    expect(watchdog.fired).toBe('total');
  });

  it("the caller's abort aborts with its reason and is no timeout", () => {
    const caller = new AbortController();
    const watchdog = createWatchdog(contextWith({ idleMs: 200 }, caller.signal), true);
    watchdog.touch();
    caller.abort('stop please');
    expect(watchdog.signal.reason).toBe('stop please');
    vi.advanceTimersByTime(1000);
    expect(watchdog.fired).toBeUndefined();

    const already = createWatchdog(contextWith({}, AbortSignal.abort('gone')), true);
    expect(already.signal.reason).toBe('gone');
  });

  it('stop() clears every timer and listener, and later touches arm nothing', () => {
    const caller = new AbortController();
    const removeListener = vi.spyOn(caller.signal, 'removeEventListener');
    const watchdog = createWatchdog(contextWith({ firstByteMs: 100, idleMs: 100, totalMs: 1000 }, caller.signal), true);
    watchdog.touch();
    watchdog.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(removeListener).toHaveBeenCalledWith('abort', expect.any(Function));
    watchdog.touch();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2000);
    expect(watchdog.fired).toBeUndefined();
  });
});
