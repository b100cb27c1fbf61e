#!/usr/bin/env node
// `npm run bench`: bedrock-kit beside its peers, measured in one run on this
// machine (traffic only to 127.0.0.1). Reports ratios; never fails because
// the machine is slow (exit 1 only when a benchmark cannot run at all).
//
//   node tools/scripts/bench.mjs                 everything (~1.5–3 min on 2 cores)
//   node tools/scripts/bench.mjs --quick         short rounds, for trying changes
//   node tools/scripts/bench.mjs --only sigv4    one section: eventstream, sigv4, first-delta, import, concurrency, embeddings
//   node tools/scripts/bench.mjs --json out.json also write the figures as JSON
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { ensureBuilt } from './bench-build.mjs';
import { ensureBenchPeers, peerVersion } from './bench-peers.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const quick = process.argv.includes('--quick');
const only = argument('--only');
const jsonPath = argument('--json');

// The SDK warns once that its 2027 releases need Node 22; irrelevant to a benchmark.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

ensureBuilt(root, ['packages/core', 'packages/aws-auth', 'packages/eventstream', 'packages/anthropic', 'packages/cohere', 'packages/amazon', 'packages/bedrock', 'packages/emulator']);
const modules = ensureBenchPeers(root);

const settings = quick
  ? { rounds: 3, roundMs: 150, requests: 15, warmup: 3, importRuns: 3, streams: 200, timeoutMs: 30_000 }
  : { rounds: 7, roundMs: 300, requests: 50, warmup: 5, importRuns: 9, streams: 1000, timeoutMs: 60_000 };

const sections = {
  eventstream: async () => (await import('./bench-eventstream.mjs')).benchEventStream(settings),
  sigv4: async () => (await import('./bench-sigv4.mjs')).benchSigV4(settings),
  'first-delta': async () => (await import('./bench-first-delta.mjs')).benchFirstDelta(settings),
  import: async () => (await import('./bench-import.mjs')).benchImport({ runs: settings.importRuns }),
  concurrency: async () => (await import('./bench-concurrency.mjs')).benchConcurrency({ count: settings.streams, timeoutMs: settings.timeoutMs }),
  embeddings: async () => (await import('./bench-embeddings.mjs')).benchEmbeddings(settings),
};
if (only && !sections[only]) {
  console.error(`Unknown section "${only}"; choose one of: ${Object.keys(sections).join(', ')}.`);
  process.exit(2);
}

const peers = ['@aws-sdk/client-bedrock-runtime', '@ai-sdk/amazon-bedrock', 'ai', '@smithy/eventstream-codec', '@smithy/signature-v4', '@smithy/hash-node', 'aws4fetch'];
console.log(`# bedrock-kit benchmarks${quick ? ' (quick)' : ''}`);
console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPU (${cpus()[0]?.model.trim() ?? 'unknown'}), ${new Date().toISOString()}`);
console.log(`Peers: ${peers.map((name) => `${name}@${peerVersion(modules, name)}`).join(', ')}`);

const started = performance.now();
const figures = {};
let failed = false;
for (const [name, run] of Object.entries(sections)) {
  if (only && name !== only) continue;
  try {
    figures[name] = await run();
  } catch (error) {
    failed = true;
    console.log(`\n${name}: could not run: ${error.stack ?? error}`);
  }
}

const verdicts = [];
if (figures.eventstream) {
  const { oursOverSmithy, floorOverOurs, jsFloorOverOurs, jsFloorOverParser } = figures.eventstream;
  verdicts.push([`event-stream decode ≥ 1.5× @smithy/eventstream-codec`, `${oursOverSmithy.toFixed(2)}×`, oursOverSmithy >= 1.5]);
  verdicts.push([`event-stream decode within 3× of the copy + zlib.crc32 floor`, `floor is ${floorOverOurs.toFixed(2)}× faster`, floorOverOurs <= 3]);
  verdicts.push([`event-stream decode within 3× of the copy + JS CRC-32 floor`, `floor is ${jsFloorOverOurs.toFixed(2)}× faster`, jsFloorOverOurs <= 3]);
  verdicts.push([`  the same, on the facade's path (reader + parser, no TransformStream)`, `floor is ${jsFloorOverParser.toFixed(2)}× faster`, jsFloorOverParser <= 3]);
}
if (figures.sigv4) {
  verdicts.push([`SigV4 signing no slower than the AWS SDK's`, `${figures.sigv4.oursOverSdk.toFixed(2)}× its rate`, figures.sigv4.oursOverSdk >= 1]);
}
if (verdicts.length > 0) {
  console.log('\nTargets of issue 6 (reported, never failing the run):');
  for (const [target, value, met] of verdicts) console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${target}: ${value}`);
}
console.log(`\nBenchmark run took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ node: process.version, quick, figures }, null, 2)}\n`);
// Keep-alive sockets and timers of the peers' HTTP agents would hold the process open for a while.
process.exit(failed ? 1 : 0);
