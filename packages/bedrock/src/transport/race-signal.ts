/**
 * Settles as `promise` does, or rejects with `signal.reason` as soon as the signal fires:
 * bounds an await that can't be cancelled itself (a credentials provider, a tool's
 * `execute`) by the call's abort signal and deadline.
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
