/**
 * A one-shot release handle that holds an emulator response at a point
 * until the test calls `release()`: no sleeps decide when a stream moves on.
 */
export interface Gate {
  /** Lets the held response continue (idempotent). */
  release(): void;
  /** Whether `release()` was called. */
  readonly released: boolean;
  /** Resolves once the emulator is waiting at this gate (the held point was reached). */
  readonly reached: Promise<void>;
  /** Called by the emulator when it arrives at the gate (tests don't call it); resolves on release. */
  wait(): Promise<void>;
}

/** Creates a `Gate`. */
export function createGate(): Gate {
  let released = false;
  let onRelease!: () => void;
  let onReached!: () => void;
  const releasedPromise = new Promise<void>((resolve) => (onRelease = resolve));
  const reached = new Promise<void>((resolve) => (onReached = resolve));
  return {
    release() {
      released = true;
      onRelease();
    },
    get released() {
      return released;
    },
    reached,
    wait() {
      onReached();
      return releasedPromise;
    },
  };
}
