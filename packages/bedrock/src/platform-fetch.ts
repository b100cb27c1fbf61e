/**
 * The default `fetch` outside Node (browsers, Workers, Deno, Bun): the global one, looked up at
 * call time (a test may replace it); one function for every call, not a bound copy per call.
 * Node gets `platform-fetch.node.ts` instead (package.json `imports`, decision 0012).
 */
export const platformFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);
