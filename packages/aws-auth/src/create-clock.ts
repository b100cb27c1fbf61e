import { ConfigError } from '@bedrock-kit/core';

/** A signing clock: local time plus a correction learned from the server. */
export interface Clock {
  /** Milliseconds added to local time; positive when the server is ahead. @default 0 */
  offsetMs: number;
  /** Local time plus `offsetMs`: pass it as `signingDate`. */
  now(): Date;
  /**
   * Sets `offsetMs` so `now()` matches a server time, e.g. a response's `Date` header
   * (1-second resolution, well inside SigV4's 5-minute window). Returns `false`, changing
   * nothing, when the value is missing or not a date.
   */
  syncWithServerDate(serverDate: string | Date | null | undefined): boolean;
}

/** Options of {@link createClock}. */
export interface CreateClockOptions {
  /** Local time source in epoch milliseconds (inject for tests). @default Date.now */
  now?: () => number;
  /** Starting offset in milliseconds. @default 0 */
  offsetMs?: number;
}

/**
 * A clock for SigV4 signing times that can absorb clock skew: when AWS answers
 * "Signature expired" because this machine's clock is off, sync it with the response's
 * `Date` header and sign the retry with `clock.now()`.
 *
 * @example
 * const clock = createClock();
 * clock.syncWithServerDate(response.headers.get('date'));
 * await signRequest(request, { credentials, region, signingDate: clock.now() });
 */
export function createClock(options: CreateClockOptions = {}): Clock {
  const localNow = options.now ?? Date.now;
  let offset = checkOffset(options.offsetMs ?? 0);
  return {
    get offsetMs() {
      return offset;
    },
    set offsetMs(value: number) {
      offset = checkOffset(value);
    },
    now() {
      return new Date(localNow() + offset);
    },
    syncWithServerDate(serverDate) {
      if (serverDate === null || serverDate === undefined) return false;
      const serverMs = serverDate instanceof Date ? serverDate.getTime() : Date.parse(serverDate);
      if (!Number.isFinite(serverMs)) return false;
      offset = serverMs - localNow();
      return true;
    },
  };
}

function checkOffset(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ConfigError({ message: 'The clock offset must be a finite number of milliseconds.' });
  }
  return value;
}
