/**
 * The time used for signing: the local clock plus an offset learned from the
 * server's `Date` header after a clock-skew rejection. One per `createBedrock`.
 */
export interface SigningClock {
  now(): number;
  offsetMs: number;
}

export function createSigningClock(now: () => number = Date.now): SigningClock {
  return {
    offsetMs: 0,
    now() {
      return now() + this.offsetMs;
    },
  };
}
