/**
 * The words of a failed `fetch`, its causes included: Node's fetch says only `fetch failed` and keeps the
 * reason (`getaddrinfo ENOTFOUND host`, `connect ECONNREFUSED 127.0.0.1:8080`, `bad port`) in `cause`,
 * where a log line that prints `message` never shows it.
 */
export function describeNetworkFailure(error: unknown): string {
  const words: string[] = [];
  let cause = error;
  for (let depth = 0; depth < 5 && cause !== undefined && cause !== null; depth++) {
    const message = cause instanceof Error ? cause.message : String(cause);
    // An AggregateError (one per address tried) has no message of its own: its first error speaks for it.
    const inner = cause instanceof AggregateError && !message ? cause.errors[0] : undefined;
    if (message && !words.some((word) => word.includes(message))) words.push(message);
    cause = inner ?? (cause instanceof Error ? cause.cause : undefined);
  }
  return words.join(': ') || 'unknown failure';
}
