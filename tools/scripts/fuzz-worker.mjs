// One fuzz worker: runs cases [from, to) through the public streamText with
// a fetch that answers each call with the case's bytes as the response body.
// So each frame goes through the real path: the built event-stream decoder,
// exception-frame handling, the Converse mapper or the family's native chunk
// parser, and the stream accumulator. Only typed errors (BedrockError) may
// come out; anything else fails the run with the frame printed as hex.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { createFuzzCase, formatHex } from './fuzz-cases.mjs';

const { bundlePath, corpus, from, to, seed, caseLimitMs, heartbeat } = workerData;
const lib = await import(bundlePath);
const beat = new Int32Array(heartbeat);

let current;
const fetch = async () => {
  const { chunks, target } = current;
  const body = new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: target.headers });
};
const bedrock = lib.createBedrock({
  families: [lib.anthropic, lib.cohere, lib.openaiOss, lib.metaLlama],
  endpoint: 'http://fuzz.invalid',
  apiKey: 'ABSK-fuzz-key',
  region: 'us-east-1',
  fetch,
  maxRetries: 0, // every case is one response: a retry would only replay it
  timeout: { firstByteMs: 0, idleMs: 0 }, // off: a hang must show as a hang, not as a TimeoutError
});

const outcomes = new Map();
let slowest = 0;
let events = 0;
// Workers take no --expose-gc in execArgv; this is the documented way to get gc() for measuring.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

// Stack traces cost more than the rest of a typical case; a failing case is re-run with them for the report.
const stackTraceLimit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;

/** Runs case `index`; false (after reporting it) when it failed. */
async function runCase(index) {
  let problem = await attemptCase(index);
  if (problem === undefined) return true;
  Error.stackTraceLimit = stackTraceLimit;
  problem = (await attemptCase(index)) ?? problem;
  parentPort.postMessage({
    type: 'failure',
    index,
    report: `case ${index} (${current.target.name}; ${current.kind}): ${problem}\nframe (${current.mutated.length} bytes):\n${formatHex(current.mutated)}`,
  });
  return false;
}

/** One run of a case: undefined when it passed, else what went wrong. */
async function attemptCase(index) {
  current = createFuzzCase(index, seed, corpus, lib);
  const started = performance.now();
  const stream = bedrock.streamText({ model: current.target.model, prompt: 'fuzz', providerOptions: current.target.providerOptions });
  stream.result.catch(() => undefined);
  stream.text.catch(() => undefined);
  let outcome;
  try {
    for await (const _event of stream) events++;
    outcome = 'ok';
  } catch (error) {
    if (!lib.BedrockError.isInstance(error)) return `untyped ${error?.constructor?.name ?? typeof error}: ${error?.stack ?? String(error)}`;
    // No network here: a "network error" would be some other exception relabelled.
    if (/Network error/.test(error.message)) return `a relabelled exception: ${error.message}\n${error.cause?.stack ?? ''}`;
    outcome = `${error.name}${error.errorType ? ` ${error.errorType}` : ''}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > slowest) slowest = elapsed;
  if (elapsed > caseLimitMs) return `took ${elapsed.toFixed(1)} ms (limit ${caseLimitMs} ms)`;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  return undefined;
}

const warmup = Math.min(2000, to - from);
let index = from;
for (; index < from + warmup; index++) {
  Atomics.store(beat, 0, index);
  if (!(await runCase(index))) process.exit(1);
}
const heapStart = heap();
const checkpoints = [];
for (; index < to; index++) {
  Atomics.store(beat, 0, index);
  if (!(await runCase(index))) process.exit(1);
  if ((index - from) % 100_000 === 0) checkpoints.push(heap());
  if ((index - from) % 20_000 === 0) parentPort.postMessage({ type: 'progress', done: index - from });
}
const heapEnd = heap();
parentPort.postMessage({ type: 'done', outcomes: [...outcomes], slowest, events, heapStart, heapEnd, checkpoints, cases: to - from });
