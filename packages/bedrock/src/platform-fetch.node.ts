// In Node the default transport is node:http / node:https (decision 0012): smaller per open stream and faster than undici's fetch.
// Loaded with the first request, not at import: node:http, node:https, node:stream and node:zlib cost a cold import ~9 ms.
let loading: Promise<typeof import('./node-http-fetch')> | undefined;

export const platformFetch: typeof fetch = (input, init) => (loading ??= import('./node-http-fetch')).then(({ nodeHttpFetch }) => nodeHttpFetch(input, init));
