// What only a failure needs, a chunk of its own: a non-2xx response read into the typed error of
// API.md (its body within the error-body limits, its message cut, its `Retry-After` and `Date` kept
// for the retry policy) and an exception frame of a response stream typed the same way. Loaded by
// the first failure (`../load-failure-code.ts`): a call that succeeds never fetches it.
export { readFailedResponse } from './read-failed-response';
export { readStreamException } from './read-stream-exception';
