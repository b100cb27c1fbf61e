#!/usr/bin/env node
// `npm run fuzz`: pushes mutated and random event-stream frames through the
// built decoder (packages/eventstream/dist) and the facade's stream mapping
// (public streamText: exception frames, Converse mapper, native chunk
// parsing, accumulator), one response per case, on worker threads.
//
//   node tools/scripts/fuzz.mjs                 1,000,000 cases
//   node tools/scripts/fuzz.mjs --cases 50000   fewer (or FUZZ_CASES)
//   --seed N                                    another corpus of cases (default 1)
//
// Half the cases end with valid CRCs, so they reach header, payload and
// event parsing. Fails (exit 1) on: an exception that is not a BedrockError
// (the frame is printed as hex), a relabelled "network error", a case over
// its time limit, a hang (no progress for 10 s), heap growth over 32 MB.
// The run goes on after a failure and prints one example of each kind.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleFuzzTarget } from './fuzz-bundle.mjs';
import { createFuzzCase, formatHex } from './fuzz-cases.mjs';
import { recordFuzzCorpus } from './fuzz-corpus.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const knownFlags = ['--cases', '--seed'];
const unknownFlag = process.argv.slice(2).find((arg, index, args) => arg.startsWith('--') ? !knownFlags.includes(arg) : !knownFlags.includes(args[index - 1]));
if (unknownFlag !== undefined) {
  // A mistyped flag (say --frames) would otherwise run the full million cases.
  console.error(`fuzz: unknown argument ${JSON.stringify(unknownFlag)}; use --cases N and --seed N.`);
  process.exit(2);
}
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 ? Number(process.argv[at + 1]) : fallback;
};
const totalCases = option('cases', Number(process.env.FUZZ_CASES ?? 1_000_000));
const seed = option('seed', 1);
const caseLimitMs = 1_000; // a case is one short in-memory stream: microseconds, unless something loops
const hangLimitMs = 10_000;
const heapGrowthLimit = 32 * 1024 * 1024;
const workerCount = Math.max(1, Math.min(4, availableParallelism()));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const workDir = mkdtempSync(join(tmpdir(), 'bedrock-kit-fuzz-'));
let exitCode = 0;
try {
  const bundlePath = await bundleFuzzTarget(root, workDir);
  const lib = await import(bundlePath);
  const corpus = await recordFuzzCorpus(lib);
  const seedFrames = corpus.reduce((sum, target) => sum + target.streams.reduce((n, stream) => n + stream.length, 0), 0);
  console.log(
    `fuzz: ${totalCases.toLocaleString('en')} cases (seed ${seed}) on ${workerCount} workers; ` +
      `${corpus.length} stream targets (${corpus.map((t) => t.name).join(', ')}), ${seedFrames} seed frames`,
  );
  const rssStart = process.memoryUsage().rss;
  /** The first report of each kind of failure. */
  const reports = new Map();
  const started = performance.now();

  const results = await Promise.all(
    Array.from({ length: workerCount }, (_, n) => {
      const from = Math.floor((totalCases * n) / workerCount);
      const to = Math.floor((totalCases * (n + 1)) / workerCount);
      const heartbeat = new SharedArrayBuffer(4);
      const worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url), {
        workerData: { bundlePath, corpus, from, to, seed, caseLimitMs, heartbeat },
      });
      return new Promise((resolve, reject) => {
        const beat = new Int32Array(heartbeat);
        let last = -1;
        let lastChange = performance.now();
        const watchdog = setInterval(() => {
          const now = Atomics.load(beat, 0);
          if (now !== last) [last, lastChange] = [now, performance.now()];
          else if (performance.now() - lastChange > hangLimitMs) {
            clearInterval(watchdog);
            const stuck = createFuzzCase(now, seed, corpus, lib);
            worker.terminate();
            reject(new Error(`case ${now} (${stuck.target.name}; ${stuck.kind}) hangs: no progress for ${hangLimitMs / 1000} s\nframe:\n${formatHex(stuck.mutated)}`));
          }
        }, 500);
        worker.on('message', (message) => {
          if (message.type === 'failure') {
            if (!reports.has(message.kind)) reports.set(message.kind, message.report);
          } else if (message.type === 'done') {
            clearInterval(watchdog);
            resolve(message);
          }
        });
        worker.on('error', (error) => {
          clearInterval(watchdog);
          reject(error);
        });
        worker.on('exit', (code) => {
          clearInterval(watchdog);
          if (code !== 0) reject(new Error(`fuzz worker ${n} exited with code ${code}`));
        });
      });
    }),
  );

  const seconds = (performance.now() - started) / 1000;
  const outcomes = new Map();
  for (const result of results) for (const [name, count] of result.outcomes) outcomes.set(name, (outcomes.get(name) ?? 0) + count);
  const cases = results.reduce((sum, r) => sum + r.cases, 0);
  console.log(`outcomes (${outcomes.size} kinds, by count):`);
  for (const [name, count] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(9)}  ${name}`);
  console.log(`events delivered before the end or the failure: ${results.reduce((sum, r) => sum + r.events, 0).toLocaleString('en')}`);
  console.log(
    `${cases.toLocaleString('en')} frames in ${seconds.toFixed(1)} s (${Math.round(cases / seconds).toLocaleString('en')}/s); ` +
      `slowest case ${Math.max(...results.map((r) => r.slowest)).toFixed(1)} ms (limit ${caseLimitMs} ms; ` +
      `${results.reduce((sum, r) => sum + r.pauses, 0)} over it once but not on a re-run: machine pauses)`,
  );
  for (const [n, result] of results.entries()) {
    const growth = result.heapEnd - result.heapStart;
    console.log(
      `worker ${n} heap after GC: start ${mb(result.heapStart)}, end ${mb(result.heapEnd)} (${growth >= 0 ? '+' : ''}${mb(growth)}); ` +
        `every 100k: ${result.checkpoints.map(mb).join(', ')}`,
    );
    if (growth > heapGrowthLimit) {
      console.error(`FAIL: worker ${n}'s heap grew by ${mb(growth)} (limit ${mb(heapGrowthLimit)})`);
      exitCode = 1;
    }
  }
  console.log(`main process RSS: ${mb(rssStart)} → ${mb(process.memoryUsage().rss)}`);
  const failureCounts = new Map();
  for (const result of results) for (const [kind, count] of result.failures) failureCounts.set(kind, (failureCounts.get(kind) ?? 0) + count);
  for (const [kind, report] of reports) {
    console.error(`\nFAIL (${failureCounts.get(kind) ?? 1} cases): ${kind}\n${report}`);
    exitCode = 1;
  }
  if (cases < totalCases) exitCode = 1;
  console.log(exitCode === 0 ? 'fuzz: OK, only typed errors' : 'fuzz: FAILED');
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
