// 1000 concurrent streams on loopback, one client per fresh process: time
// until all are open (first text delta each), total time, peak RSS, memory
// per open stream (RSS, and live heap after GC, while all are held open).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emulatorApiKey, emulatorCredentials, startEmulator } from '@bedrock-kit/emulator';
import { benchReplyText } from './bench-first-delta.mjs';
import { formatMegabytes, printTable } from './bench-measure.mjs';

const child = fileURLToPath(new URL('./bench-concurrency-child.mjs', import.meta.url));
const labels = {
  ours: 'ours (fetch): createBedrock + anthropic (SigV4)',
  oursNodeHttp: 'ours (node:http): the same over nodeHttpFetch',
  fetch: 'raw fetch (bearer, no decoding): the floor',
  nodeHttp: 'raw node:http (bearer, no decoding): its floor',
  awsSdk: 'AWS SDK client (HTTP/1.1 handler, maxSockets raised)',
  aiSdk: '@ai-sdk/amazon-bedrock + ai streamText',
};

async function runClient(name, count, timeoutMs) {
  const emulator = await startEmulator();
  const gate = emulator.gate();
  emulator.enqueue(
    { match: { route: 'converse-stream' }, reply: { text: benchReplyText } },
    { match: { route: 'converse-stream' }, reply: { text: benchReplyText }, holdAfterEvents: { afterEvents: 2, gate }, times: count },
  );
  const target = { url: emulator.url, region: emulator.region, credentials: { ...emulatorCredentials }, apiKey: emulatorApiKey, maxSockets: count };
  const process_ = fork(child, [name, JSON.stringify(target), String(count)], {
    execArgv: ['--expose-gc', '--max-old-space-size=2048'],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: not all ${count} streams opened within ${timeoutMs} ms`)), timeoutMs);
      process_.on('message', (message) => {
        if (message.type === 'held') gate.release();
        if (message.type === 'result') {
          clearTimeout(timer);
          resolve(message.result);
        }
      });
      process_.on('exit', (code) => code !== 0 && reject(new Error(`${name}: child exited with ${code}`)));
    });
  } finally {
    gate.release();
    process_.kill();
    await emulator.close();
  }
}

export async function benchConcurrency({ count, timeoutMs, names = Object.keys(labels) }) {
  const results = {};
  for (const name of names) {
    try {
      results[name] = await runClient(name, count, timeoutMs);
    } catch (error) {
      results[name] = { error: error.message };
    }
  }
  const ours = results.ours;
  const ratio = (key, name) => (ours?.[key] && results[name][key] ? `${(ours[key] / results[name][key]).toFixed(2)}×` : '');
  console.log(`\n${count} concurrent streams on loopback (each held open by the emulator after its first text delta, then released; one process per client). Ratios are ours ÷ this of times and bytes: <1, ours better.`);
  printTable(
    ['client', 'all open', 'total', 'ours ÷ this', 'peak RSS', 'RSS / open stream', 'ours ÷ this', 'heap / open stream', 'ours ÷ this'],
    names.map((name) =>
      results[name].error
        ? [labels[name], results[name].error, '', '', '', '', '', '', '']
        : [
            labels[name],
            `${results[name].allOpenMs.toFixed(0)} ms`,
            `${results[name].totalMs.toFixed(0)} ms`,
            ratio('totalMs', name),
            formatMegabytes(results[name].peakRssBytes),
            `${(results[name].rssPerStreamBytes / 1024).toFixed(1)} KB`,
            ratio('rssPerStreamBytes', name),
            `${(results[name].heapPerStreamBytes / 1024).toFixed(1)} KB`,
            ratio('heapPerStreamBytes', name),
          ],
    ),
  );
  return results;
}
