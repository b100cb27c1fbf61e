// One client opening many concurrent streams against the emulator, in its
// own process so its memory is its own (run by bench-concurrency.mjs, with
// IPC and --expose-gc). The emulator holds every stream after its first text
// delta; once all are open this process reports its memory, the parent
// releases them, and this process reports the totals.
import { createBenchClients } from './bench-clients.mjs';

const [name, targetJson, countText] = process.argv.slice(2);
const target = JSON.parse(targetJson);
const count = Number(countText);
const clients = await createBenchClients(target, [name]);
const stream = clients[name];

await stream(() => {}); // warm-up: one whole stream (not held)
globalThis.gc();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);

let opened = 0;
let allOpenMs = 0;
let held;
const allOpen = new Promise((resolve) => (held = resolve));
const start = performance.now();
const done = Promise.all(
  Array.from({ length: count }, () =>
    stream(() => {
      if (++opened === count) {
        allOpenMs = performance.now() - start;
        held();
      }
    }),
  ),
);
await allOpen;
const atHold = process.memoryUsage();
peakRss = Math.max(peakRss, atHold.rss);
globalThis.gc();
const atHoldAfterGc = process.memoryUsage();
process.send({ type: 'held' });
const texts = await done;
const totalMs = performance.now() - start;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
process.send({
  type: 'result',
  result: {
    count,
    answered: texts.length,
    allOpenMs,
    totalMs,
    peakRssBytes: peakRss,
    baselineRssBytes: baseline.rss,
    rssPerStreamBytes: (atHold.rss - baseline.rss) / count,
    heapPerStreamBytes: (atHoldAfterGc.heapUsed - baseline.heapUsed) / count,
  },
});
process.disconnect();
