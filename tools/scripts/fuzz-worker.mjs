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
let pauses = 0;
/** Failures by kind. */
const failures = new Map();
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

/**
 * Runs case `index`. A failure is reported once per kind (its error and the
 * place it was thrown) with its frame, and counted; the run goes on so one
 * run shows every kind. A case over the time limit is run again: a
 * pathological input is slow every time, a pause of the machine only once.
 */
async function runCase(index) {
  let problem = await attemptCase(index);
  if (problem === undefined) return;
  Error.stackTraceLimit = stackTraceLimit;
  const again = await attemptCase(index);
  Error.stackTraceLimit = 0;
  if (again === undefined && problem.detail.startsWith('took ')) {
    pauses++;
    return;
  }
  problem = again ?? problem;
  const count = failures.get(problem.kind) ?? 0;
  failures.set(problem.kind, count + 1);
  if (count > 0) return;
  parentPort.postMessage({
    type: 'failure',
    kind: problem.kind,
    report: `case ${index} (${current.target.name}; ${current.kind}): ${problem.detail}\nframe (${current.mutated.length} bytes):\n${formatHex(current.mutated)}`,
  });
}

/** The first stack frame outside the fuzz harness: where an exception came from. */
const origin = (error) => /\n\s+at (.*)/.exec(error?.stack ?? '')?.[1]?.replace(/\(.*\/(fuzz-target\.mjs):\d+:\d+\)/, '') ?? '?';

/** One run of a case: undefined when it passed, else what went wrong (`kind` groups failures). */
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
    if (!lib.BedrockError.isInstance(error)) {
      const name = `${error?.constructor?.name ?? typeof error}: ${error?.message ?? String(error)}`;
      return { kind: `untyped ${name} at ${origin(error)}`, detail: `untyped ${error?.stack ?? name}` };
    }
    // No network here: a "network error" would be some other exception relabelled.
    if (/Network error/.test(error.message)) {
      return { kind: `relabelled at ${origin(error.cause)}`, detail: `a relabelled exception: ${error.message}\n${error.cause?.stack ?? ''}` };
    }
    outcome = `${error.name}${error.errorType ? ` ${error.errorType}` : ''}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > caseLimitMs) return { kind: `slow (${current.target.name}, ${current.kind})`, detail: `took ${elapsed.toFixed(1)} ms (limit ${caseLimitMs} ms)` };
  if (elapsed > slowest) slowest = elapsed;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  return undefined;
}

const warmup = Math.min(2000, to - from);
let index = from;
for (; index < from + warmup; index++) {
  Atomics.store(beat, 0, index);
  await runCase(index);
}
const heapStart = heap();
const checkpoints = [];
for (; index < to; index++) {
  Atomics.store(beat, 0, index);
  await runCase(index);
  if ((index - from) % 100_000 === 0) checkpoints.push(heap());
  if ((index - from) % 20_000 === 0) parentPort.postMessage({ type: 'progress', done: index - from });
}
const heapEnd = heap();
parentPort.postMessage({ type: 'done', outcomes: [...outcomes], failures: [...failures], slowest, events, pauses, heapStart, heapEnd, checkpoints, cases: to - from });
