// In Node the default transport is node:http / node:https (decision 0012): smaller per open stream and faster than undici's fetch.
export { nodeHttpFetch as platformFetch } from './node-http-fetch';
