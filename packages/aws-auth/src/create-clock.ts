import { ConfigError, type SignatureExpiredError } from '@bedrock-kit/core';
import { createClockOffsetError } from './create-clock-offset-error';

/** The largest clock offset a {@link Clock} applies, either way: 24 hours. */
export const MAX_CLOCK_OFFSET_MS = 86_400_000;

/**
 * What {@link Clock.adoptServerDate} did with a server time:
 * - `adopted`: `offsetMs` now makes `now()` match it;
 * - `ignored`: the value was missing or not a date; nothing changed;
 * - `rejected`: it is more than {@link MAX_CLOCK_OFFSET_MS} from local time, so it was not
 *   adopted (a server date that far off is more likely wrong than this machine); nothing changed.
 *   `error` is a `SignatureExpiredError` naming both times in ISO 8601, ready to throw.
 */
export type ServerDateOutcome =
  | { readonly status: 'adopted'; readonly offsetMs: number }
  | { readonly status: 'ignored' }
  | { readonly status: 'rejected'; readonly serverTime: Date; readonly localTime: Date; readonly error: SignatureExpiredError };

/** A signing clock: local time plus a correction learned from the server, at most ±24 h. */
export interface Clock {
  /** Milliseconds added to local time; positive when the server is ahead. Setting it beyond ±24 h is a ConfigError. @default 0 */
  offsetMs: number;
  /** Local time plus `offsetMs`: pass it as `signingDate`. */
  now(): Date;
  /**
   * Sets `offsetMs` so `now()` matches a server time, e.g. a response's `Date` header
   * (1-second resolution, well inside SigV4's 5-minute window), and says what it did. A time
   * more than 24 hours from local time is not adopted: the outcome is `rejected`, carrying the
   * error to fail the call with.
   */
  adoptServerDate(serverDate: string | Date | null | undefined): ServerDateOutcome;
  /**
   * {@link adoptServerDate} as a boolean: `true` when the offset was adopted; `false`, changing
   * nothing, when the value is missing, not a date, or more than 24 hours off.
   */
  syncWithServerDate(serverDate: string | Date | null | undefined): boolean;
}

/** Options of {@link createClock}. */
export interface CreateClockOptions {
  /** Local time source in epoch milliseconds (inject for tests). @default Date.now */
  now?: () => number;
  /** Starting offset in milliseconds, within ±24 h. @default 0 */
  offsetMs?: number;
}

// Shared: an outcome is read-only by its type, and nothing at import time may call a function.
const IGNORED: ServerDateOutcome = { status: 'ignored' };

/**
 * A clock for SigV4 signing times that can absorb clock skew: when AWS answers
 * "Signature expired" because this machine's clock is off, adopt the response's `Date` header
 * and sign the retry with `clock.now()`. A server date more than 24 hours away is reported, not
 * adopted.
 *
 * @example
 * const clock = createClock();
 * const outcome = clock.adoptServerDate(response.headers.get('date'));
 * if (outcome.status === 'rejected') throw outcome.error;
 * await signRequest(request, { credentials, region, signingDate: clock.now() });
 */
export function createClock(options: CreateClockOptions = {}): Clock {
  const localNow = options.now ?? Date.now;
  let offset = checkOffset(options.offsetMs ?? 0);
  const clock: Clock = {
    get offsetMs() {
      return offset;
    },
    set offsetMs(value: number) {
      offset = checkOffset(value);
    },
    now() {
      return new Date(localNow() + offset);
    },
    adoptServerDate(serverDate) {
      if (serverDate === null || serverDate === undefined) return IGNORED;
      const serverMs = serverDate instanceof Date ? serverDate.getTime() : Date.parse(serverDate);
      if (!Number.isFinite(serverMs)) return IGNORED;
      const localMs = localNow();
      const learned = serverMs - localMs;
      if (Math.abs(learned) > MAX_CLOCK_OFFSET_MS) {
        const serverTime = new Date(serverMs);
        const localTime = new Date(localMs);
        return { status: 'rejected', serverTime, localTime, error: createClockOffsetError(serverTime, localTime) };
      }
      offset = learned;
      return { status: 'adopted', offsetMs: learned };
    },
    syncWithServerDate(serverDate) {
      return clock.adoptServerDate(serverDate).status === 'adopted';
    },
  };
  return clock;
}

function checkOffset(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_CLOCK_OFFSET_MS) {
    throw new ConfigError({ message: 'The clock offset must be a number of milliseconds within ±24 hours.' });
  }
  return value;
}
