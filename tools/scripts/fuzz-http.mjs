// The HTTP half of `npm run fuzz`: each case is one real call
// (createBedrock → generateText or streamText → the default fetch → a socket
// on 127.0.0.1) answered by the fuzz server as the case scripts it. Checked
// per case: only typed errors, the call settles within its timeout options
// (a per-case watchdog fails the run otherwise), no credential in an error,
// and the transport rules of API.md that the case exercises (redirects,
// body limits, error-body cap, no retry after a 2xx that does not parse,
// stalls as TimeoutError, a stream without its stop event). Memory: the heap
// after GC at checkpoints must stay flat, and the heap sampled during the
// run (heap + array buffers) must stay within a bound over the start.
import { createHttpAssets, createHttpCase, ruleText } from './fuzz-http-cases.mjs';
import { startFuzzServers } from './fuzz-http-server.mjs';

const MiB = 1024 * 1024;
const mb = (bytes) => `${(bytes / MiB).toFixed(1)} MB`;
const credentials = {
  apiKey: 'ABSKZnV6ei1odHRwLWNhbmFyeS1hcGkta2V5LTAxMjM0NTY3ODk=',
  accessKeyId: 'AKIAFUZZHTTPCANARY01',
  secretAccessKey: 'fuzzHttpCanarySecret/0123456789abcdefEXAMPLE',
  sessionToken: 'IQoJfuzzHttpCanarySessionToken//0123456789EXAMPLE==',
};
const secrets = [credentials.apiKey, credentials.secretAccessKey, credentials.sessionToken];
/** Past each call's own totalMs: what a hang is. */
const graceMs = 5_000;

/**
 * Runs HTTP cases [0, cases). Returns `{ failed, summary }`; prints as it goes
 * through `log`. `gc` is a function that collects garbage (for the heap checkpoints).
 */
export async function runHttpFuzz({ lib, corpus, cases, seed, concurrency, quick, gc, log }) {
  // The same bomb in both modes: the memory bound below must catch a client that inflates it whole.
  const bombBytes = 256 * MiB;
  const assets = await createHttpAssets(lib, corpus, { bombBytes });
  const servers = await startFuzzServers();
  assets.trapUrl = servers.trapUrl;
  const outcomes = new Map();
  /** Failures by rule and kind: count and the first example. */
  const failures = new Map();
  let slowest = { ms: 0, label: '' };
  let hung = 0;
  const started = performance.now();

  const heapNow = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  gc();
  const heapStart = heapNow();
  let peak = heapStart;
  const sampler = setInterval(() => (peak = Math.max(peak, heapNow())), 20);
  const checkpoints = [];
  const checkpointEvery = Math.max(100, Math.ceil(cases / 10));

  const fail = (testCase, rule, detail) => {
    const key = `${rule}: ${testCase.kind}`;
    const entry = failures.get(key) ?? { count: 0, example: '' };
    entry.count++;
    if (entry.count === 1) entry.example = `case ${testCase.index} (${testCase.label}; ${testCase.call}, maxRetries ${testCase.client.maxRetries}, ${testCase.client.sigv4 ? 'SigV4' : 'API key'}): ${detail}`;
    failures.set(key, entry);
  };

  async function runCase(index) {
    const testCase = createHttpCase(index, seed, assets, lib, { quick });
    const id = String(index);
    servers.register(id, testCase.script);
    const { maxRetries, timeout, sigv4 } = testCase.client;
    const auth = sigv4 ? { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken } : { apiKey: credentials.apiKey };
    const caseStarted = performance.now();
    const work = (async () => {
      const bedrock = lib.createBedrock({ endpoint: servers.url, region: 'us-east-1', ...auth, headers: { 'x-fuzz-case': id }, maxRetries, timeout, random: () => 0 });
      const request = { model: 'amazon.nova-lite-v1:0', prompt: `fuzz ${index}` };
      if (testCase.call === 'generate') return bedrock.generateText(request);
      const stream = bedrock.streamText(request);
      stream.result.catch(() => undefined);
      stream.text.catch(() => undefined);
      for await (const _event of stream);
      return stream.result;
    })().then(
      (result) => ({ result }),
      (error) => ({ error }),
    );
    const limitMs = timeout.totalMs + graceMs;
    let guard;
    const outcome = await Promise.race([work, new Promise((resolve) => (guard = setTimeout(() => resolve({ hang: true }), limitMs)))]);
    clearTimeout(guard);
    const elapsed = performance.now() - caseStarted;
    if (elapsed > slowest.ms) slowest = { ms: elapsed, label: `case ${index} (${testCase.label})` };
    const hits = servers.hits(id);
    const trapped = servers.trapped(id);
    servers.forget(id);
    try {
      check(testCase, outcome, { hits, trapped, limitMs });
    } catch (error) {
      fail(testCase, 'typed', `checking the outcome threw ${error?.name}: ${error?.message}`);
    }
  }

  function check(testCase, outcome, { hits, trapped, limitMs }) {
    const { rules } = testCase;
    if (outcome.hang) {
      hung++;
      fail(testCase, 'bounded', `no result after ${limitMs} ms (timeout ${JSON.stringify(testCase.client.timeout)})`);
      return;
    }
    const { error } = outcome;
    const name = error === undefined ? 'ok' : lib.BedrockError.isInstance(error) ? `${error.name}${error.errorType ? ` ${String(error.errorType).slice(0, 40)}` : ''}` : `untyped ${error?.constructor?.name ?? typeof error}`;
    const key = `${testCase.kind} → ${name}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    if (trapped.length > 0) {
      const leaked = trapped.some((r) => r.authorization || r.token) ? ' with credentials' : '';
      fail(testCase, 'redirect', `${trapped.length} request(s) reached the redirect's host${leaked}`);
    }
    if (error !== undefined && !lib.BedrockError.isInstance(error)) {
      fail(testCase, 'typed', `${error?.stack ?? String(error)}`.slice(0, 600));
      return;
    }
    if (error !== undefined) {
      // Each piece on its own: a message of hundreds of MB (an uncapped error body) must not break the check.
      const shown = [error.message, error.stack ?? '', safeJson(error)];
      if (shown.some((text) => secrets.some((secret) => text.includes(secret)))) fail(testCase, 'secrets', 'a credential appears in the error');
      if (rules.includes('messageCap') && error.message.length > 8 * 1024 + 512) fail(testCase, 'messageCap', `${error.name} message of ${error.message.length.toLocaleString('en')} characters`);
    }
    if (rules.includes('redirect')) {
      const { status, host } = testCase.redirect;
      if (hits > 1) fail(testCase, 'redirect', `${hits} requests reached the endpoint (resent)`);
      if (error === undefined) fail(testCase, 'redirect', 'the call succeeded (the redirect was followed)');
      else if (!lib.ServiceError.isInstance(error) || error.retryable !== false) fail(testCase, 'redirect', `${error.name} retryable=${error.retryable}: ${error.message.slice(0, 200)}`);
      else if (!error.message.includes(String(status)) || (host && !error.message.includes(host))) fail(testCase, 'redirect', `the message names neither the status ${status}${host ? ` nor the host ${host}` : ''}: ${error.message.slice(0, 200)}`);
    }
    if (rules.includes('limit')) {
      if (error === undefined) fail(testCase, 'limit', 'the call succeeded');
      else if (error.retryable !== false) fail(testCase, 'limit', `${error.name} retryable=${error.retryable}: ${error.message.slice(0, 200)}`);
      if (hits > 1) fail(testCase, 'limit', `${hits} requests (retried after passing the limit)`);
    }
    if (rules.includes('parsedOnce') && hits > 1) fail(testCase, 'parsedOnce', `${hits} requests for one call (retried after a 2xx): ${error?.name ?? 'ok'}`);
    if (rules.includes('stall') && (error === undefined || !lib.TimeoutError.isInstance(error))) fail(testCase, 'stall', error ? `${error.name}: ${error.message.slice(0, 200)}` : 'the call succeeded');
    if (rules.includes('stopEvent') && (error === undefined || !lib.StreamError.isInstance(error))) fail(testCase, 'stopEvent', error ? `${error.name}: ${error.message.slice(0, 200)}` : `ended as success, finishReason ${JSON.stringify(outcome.result?.finishReason)}`);
  }

  let done = 0;
  const lastReport = { at: performance.now() };
  // Heavy cases (bodies of tens of MiB) run with the lanes drained, so the peak shows one call's holding.
  const heavyIndexes = new Set();
  for (let index = 0; index < cases; index++) if (createHttpCase(index, seed, assets, lib, { quick }).heavy) heavyIndexes.add(index);
  try {
    // Light cases in parallel lanes; each heavy case alone once the lanes are idle.
    let cursor = 0;
    const order = [];
    for (let index = 0; index < cases; index++) if (!heavyIndexes.has(index)) order.push(index);
    const runLight = async () => {
      while (cursor < order.length) {
        const index = order[cursor++];
        await runCase(index);
        done++;
        if (done % checkpointEvery === 0) {
          gc();
          checkpoints.push(heapNow());
        }
        if (performance.now() - lastReport.at > 10_000) {
          lastReport.at = performance.now();
          log(`  http: ${done.toLocaleString('en')} / ${cases.toLocaleString('en')} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, runLight));
    gc();
    const lightPeak = peak;
    log(`  http: ${done.toLocaleString('en')} light cases done; ${heavyIndexes.size} heavy ones next, one at a time`);
    for (const index of heavyIndexes) {
      await runCase(index);
      done++;
      gc();
    }
    gc();
    const heapEnd = heapNow();
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;

    log(`http outcomes (${outcomes.size} kinds, by count):`);
    for (const [key, count] of [...outcomes].sort((a, b) => b[1] - a[1])) log(`  ${String(count).padStart(7)}  ${key}`);
    log(
      `${done.toLocaleString('en')} HTTP cases (${heavyIndexes.size} heavy, run alone) in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)}/s, ${concurrency} in flight); ` +
        `slowest ${slowest.ms.toFixed(0)} ms: ${slowest.label}`,
    );
    const growth = heapEnd - heapStart;
    const peakGrowth = peak - heapStart;
    log(
      `http memory (heap + array buffers): start ${mb(heapStart)}, end after GC ${mb(heapEnd)} (${growth >= 0 ? '+' : ''}${mb(growth)}); ` +
        `checkpoints after GC: ${checkpoints.map(mb).join(', ')}; sampled peak ${mb(peak)} (+${mb(peakGrowth)}; light cases only: +${mb(lightPeak - heapStart)})`,
    );
    let failed = false;
    const heapGrowthLimit = 32 * MiB;
    // One call may hold its 64 MiB body limit a few times over while it decodes it (bytes, joined bytes,
    // text: the hardened transport peaks near 4×); an unbounded read of the 256 MiB bomb holds 512 MB and more.
    const peakLimit = 5 * 64 * MiB;
    if (growth > heapGrowthLimit) {
      log(`FAIL (memory): the heap after GC grew by ${mb(growth)} (limit ${mb(heapGrowthLimit)})`, true);
      failed = true;
    }
    if (peakGrowth > peakLimit) {
      log(`FAIL (memory): the sampled peak rose ${mb(peakGrowth)} over the start (limit ${mb(peakLimit)})`, true);
      failed = true;
    }
    for (const [key, { count, example }] of [...failures].sort()) {
      const rule = key.split(':')[0];
      log(`\nFAIL (${count} cases) ${key} — rule: ${ruleText[rule] ?? rule}\n  e.g. ${example}`, true);
      failed = true;
    }
    if (hung > 0) log(`${hung} case(s) hung past their timeout + ${graceMs} ms`, true);
    return { failed, cases: done, seconds };
  } finally {
    clearInterval(sampler);
    await servers.close();
  }
}

function safeJson(value) {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return ''; // too long to serialise: the message and stack are checked on their own
  }
}
