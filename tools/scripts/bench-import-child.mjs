// One cold import, in a fresh process (run by bench-import.mjs with --expose-gc):
// prints { importMs, heapBytes, rssBytes } as JSON for the named client.
import { importPeer } from '../bench/peers.mjs';

const imports = {
  ours: () => Promise.all([import('@bedrock-kit/bedrock'), import('@bedrock-kit/anthropic')]),
  awsSdk: () => importPeer('@aws-sdk/client-bedrock-runtime'),
  aiSdk: () => Promise.all([importPeer('@ai-sdk/amazon-bedrock'), importPeer('ai')]),
};

const name = process.argv[2];
globalThis.gc();
const before = process.memoryUsage();
const start = performance.now();
await imports[name]();
const importMs = performance.now() - start;
globalThis.gc();
const after = process.memoryUsage();
console.log(JSON.stringify({ importMs, heapBytes: after.heapUsed - before.heapUsed, rssBytes: after.rss - before.rss }));
