// Time to first text delta on loopback against the emulator (it writes each
// frame as soon as it is rendered): ours vs raw fetch vs the AWS SDK client
// vs @ai-sdk/amazon-bedrock, requests interleaved one at a time.
import { emulatorApiKey, emulatorCredentials, startEmulator } from '@bedrock-kit/emulator';
import { createBenchClients } from './bench-clients.mjs';
import { median, percentile, printTable } from './bench-measure.mjs';

export const benchReplyText = 'Hello, benchmark! This answer streams in small pieces, the way a model writes it, one delta at a time.';

const labels = {
  ours: 'ours: createBedrock + anthropic, streamText (Converse, SigV4)',
  oursNodeHttp: 'ours over nodeHttpFetch (node:http transport)',
  fetch: 'raw fetch (bearer key, no decoding): the floor',
  nodeHttp: 'raw node:http (bearer key, no decoding): its floor',
  awsSdk: 'AWS SDK: BedrockRuntimeClient + ConverseStreamCommand (SigV4)',
  aiSdk: '@ai-sdk/amazon-bedrock + ai streamText (SigV4)',
  oursBearer: 'diagnostic: ours with an API key (no signing, like the floor)',
};

export async function benchFirstDelta({ requests, warmup }) {
  const emulator = await startEmulator();
  try {
    emulator.enqueue({ match: { route: 'converse-stream' }, reply: { text: benchReplyText }, times: 1e9 });
    const target = { url: emulator.url, region: emulator.region, credentials: { ...emulatorCredentials }, apiKey: emulatorApiKey };
    const clients = await createBenchClients(target, Object.keys(labels));
    const names = Object.keys(clients);
    const times = new Map(names.map((name) => [name, []]));
    for (let round = -warmup; round < requests; round++) {
      for (let index = 0; index < names.length; index++) {
        const name = names[(index + Math.max(round, 0)) % names.length];
        let first = 0;
        const start = performance.now();
        const text = await clients[name](() => (first = performance.now()));
        if (first === 0) throw new Error(`${name}: no text delta (got ${JSON.stringify(text)})`);
        if (name !== 'fetch' && name !== 'nodeHttp' && text !== benchReplyText) throw new Error(`${name}: answer differs: ${JSON.stringify(text)}`);
        if (round >= 0) times.get(name).push(first - start);
      }
    }
    const ours = median(times.get('ours'));
    console.log(`\nTime to first text delta on loopback (${requests} requests per client after ${warmup} warm-up, interleaved, keep-alive)`);
    printTable(
      ['client', 'median', 'p90', 'ours ÷ this (<1: ours faster)'],
      names.map((name) => [labels[name], `${median(times.get(name)).toFixed(2)} ms`, `${percentile(times.get(name), 90).toFixed(2)} ms`, `${(ours / median(times.get(name))).toFixed(2)}×`]),
    );
    return Object.fromEntries(names.map((name) => [name, { medianMs: median(times.get(name)), p90Ms: percentile(times.get(name), 90) }]));
  } finally {
    await emulator.close();
  }
}
