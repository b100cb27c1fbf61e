// What only a failure needs, a chunk of its own: a non-2xx response read into the typed error of
// API.md (its body within the error-body limits, its message cut, its `Retry-After` and `Date` kept
// for the retry policy), an exception frame of a response stream typed the same way, and the clock-skew
// correction a service's "Signature expired" may call for. Loaded by
// the first failure (`../load-failure-code.ts`): a call that succeeds never fetches it.
export { readFailedResponse } from './read-failed-response';
export { readStreamException } from './read-stream-exception';
export { correctClockSkew } from './correct-clock-skew';
