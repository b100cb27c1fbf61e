#!/usr/bin/env node
// `npm run fuzz`, in two parts.
//
// Frames: mutated and random event-stream frames through the built decoder
// (packages/eventstream/dist) and the facade's stream mapping (public
// streamText: exception frames, Converse mapper, native chunk parsing,
// accumulator), one response per case, on worker threads. Half the cases end
// with valid CRCs, so they reach header, payload and event parsing. Fails on:
// an exception that is not a BedrockError (the frame is printed as hex), a
// relabelled "network error", a case over its time limit, a hang (no
// progress for 10 s), heap growth over 32 MB.
//
// HTTP (fuzz-http.mjs): real calls through createBedrock and the default
// fetch to a fuzz server on 127.0.0.1 answering random status codes and
// headers, truncated, oversized and compressed bodies (a gzip bomb),
// redirects, drips, stalls and cut connections. Fails on: an untyped error, a
// call that outlives its timeout options (per-case watchdog), a credential
// in an error, a broken transport rule of API.md, memory that does not stay flat.
//
//   node tools/scripts/fuzz.mjs                      1,000,000 frame cases + 3,000 HTTP cases
//   --quick                                          20,000 + 300 (a minute or so)
//   --cases N        frame cases (or FUZZ_CASES)     --http-cases N   HTTP cases
//   --only frames|http                               one part
//   --seed N         another corpus of cases (default 1)
//   --concurrency N  HTTP calls in flight (default 4)
//
// Unknown flags and bad values exit 2. The run goes on after a failure and
// prints one example of each kind; exit 1 when anything failed.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { bundleFuzzTarget } from './fuzz-bundle.mjs';
import { createFuzzCase, formatHex } from './fuzz-cases.mjs';
import { recordFuzzCorpus } from './fuzz-corpus.mjs';
import { runHttpFuzz } from './fuzz-http.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const usage = 'use --quick, --cases N, --http-cases N, --only frames|http, --seed N, --concurrency N';
/** Flags and whether each takes a value. */
const knownFlags = new Map([['--cases', true], ['--http-cases', true], ['--seed', true], ['--concurrency', true], ['--only', true], ['--quick', false]]);
const flags = new Map();
for (let at = 2; at < process.argv.length; at++) {
  const arg = process.argv[at];
  // A mistyped flag (say --frames) would otherwise run the full million cases.
  if (!knownFlags.has(arg)) usageError(`unknown argument ${JSON.stringify(arg)}`);
  if (flags.has(arg)) usageError(`${arg} given twice`);
  if (!knownFlags.get(arg)) flags.set(arg, true);
  else if (at + 1 >= process.argv.length || process.argv[at + 1].startsWith('--')) usageError(`${arg} needs a value`);
  else flags.set(arg, process.argv[++at]);
}
function usageError(message) {
  console.error(`fuzz: ${message}; ${usage}.`);
  process.exit(2);
}
/** A whole number flag in [min, max]: anything else (1e3, 0x10, -1, abc) is a usage error. */
const integer = (name, fallback, min, max) => {
  const raw = flags.get(`--${name}`) ?? fallback;
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(String(raw)) || !Number.isSafeInteger(value) || value < min || value > max) usageError(`--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  return value;
};
const quick = flags.has('--quick');
const only = flags.get('--only');
if (only !== undefined && only !== 'frames' && only !== 'http') usageError(`--only takes frames or http, not ${JSON.stringify(only)}`);
const totalCases = only === 'http' ? 0 : integer('cases', process.env.FUZZ_CASES ?? (quick ? 20_000 : 1_000_000), 1, 1e9);
const httpCases = only === 'frames' ? 0 : integer('http-cases', quick ? 300 : 3_000, 1, 1e7);
const seed = integer('seed', 1, 0, 2 ** 32 - 1);
const concurrency = integer('concurrency', 4, 1, 64);
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
  if (totalCases > 0) {
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
  }
  if (httpCases > 0) {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    console.log(`fuzz: ${httpCases.toLocaleString('en')} HTTP cases (seed ${seed}) through createBedrock and the default fetch, ${concurrency} in flight`);
    const http = await runHttpFuzz({
      lib,
      corpus,
      cases: httpCases,
      seed,
      concurrency,
      quick,
      gc,
      log: (line, isError) => (isError ? console.error : console.log)(line),
    });
    if (http.failed || http.cases < httpCases) exitCode = 1;
  }
  console.log(exitCode === 0 ? 'fuzz: OK, only typed errors and every transport rule held' : 'fuzz: FAILED');
} catch (error) {
  console.error(`FAIL: ${error.message}`);
  exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
