// Embedding throughput on loopback against the emulator: texts per second
// through `embedMany` (batching, bounded concurrency, order, SigV4) beside the
// AWS SDK's InvokeModelCommand doing the same batching by hand, run in
// alternating rounds. Two shapes: Cohere Embed (96 texts per request) and
// Titan v2 (one text per request), both with at most 5 requests in flight.
import { emulatorCredentials, startEmulator } from '@bedrock-kit/emulator';
import { importPeer } from '../bench/peers.mjs';
import { compareRates, formatRatio, printTable } from './bench-measure.mjs';

const concurrency = 5;
const shapes = [
  { key: 'cohere', model: 'cohere.embed-english-v3', texts: 480, batch: 96, body: (texts) => ({ texts, input_type: 'search_document' }), read: (json) => json.embeddings },
  { key: 'titan', model: 'amazon.titan-embed-text-v2:0', texts: 40, batch: 1, body: ([inputText]) => ({ inputText, dimensions: 256 }), read: (json) => [json.embedding] },
];

export async function benchEmbeddings({ rounds, roundMs }) {
  const emulator = await startEmulator();
  try {
    const { createBedrockClient, embedMany } = await import('@bedrock-kit/bedrock');
    const { cohereEmbed } = await import('@bedrock-kit/cohere');
    const { amazonEmbed } = await import('@bedrock-kit/amazon');
    const { BedrockRuntimeClient, InvokeModelCommand } = await importPeer('@aws-sdk/client-bedrock-runtime');
    const { NodeHttpHandler } = await importPeer('@smithy/node-http-handler');
    const credentials = { ...emulatorCredentials };
    const client = createBedrockClient({ families: [cohereEmbed, amazonEmbed], endpoint: emulator.url, region: emulator.region, ...credentials, maxRetries: 0 });
    const sdk = new BedrockRuntimeClient({
      region: emulator.region,
      endpoint: emulator.url,
      credentials,
      maxAttempts: 1,
      requestHandler: new NodeHttpHandler({ httpAgent: { keepAlive: true, maxSockets: 50 } }),
    });
    const decoder = new TextDecoder();

    /** The AWS SDK way: split into the model's batches, at most `concurrency` InvokeModel calls at once, put back in order. */
    const sdkEmbedMany = async ({ model, batch, body, read }, values) => {
      const batches = [];
      for (let start = 0; start < values.length; start += batch) batches.push(start);
      const embeddings = new Array(values.length);
      let next = 0;
      const worker = async () => {
        while (next < batches.length) {
          const start = batches[next++];
          const response = await sdk.send(
            new InvokeModelCommand({ modelId: model, contentType: 'application/json', accept: 'application/json', body: JSON.stringify(body(values.slice(start, start + batch))) }),
          );
          read(JSON.parse(decoder.decode(response.body))).forEach((vector, index) => (embeddings[start + index] = vector));
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
      return embeddings;
    };

    const figures = {};
    const rows = [];
    for (const shape of shapes) {
      const values = Array.from({ length: shape.texts }, (_, i) => `benchmark passage number ${i} about embeddings on Bedrock`);
      const check = (embeddings, who) => {
        if (embeddings.length !== values.length || embeddings.some((vector) => !Array.isArray(vector))) throw new Error(`${who}: ${shape.key} answer incomplete`);
        return values.length;
      };
      const rates = await compareRates(
        [
          { name: 'ours', run: async () => check((await embedMany(client, { model: shape.model, values, maxConcurrency: concurrency, ...(shape.key === 'titan' ? { dimensions: 256 } : {}) })).embeddings, 'ours') },
          { name: 'awsSdk', run: async () => check(await sdkEmbedMany(shape, values), 'AWS SDK') },
        ],
        { rounds, roundMs },
      );
      emulator.reset();
      const requests = Math.ceil(shape.texts / shape.batch);
      rows.push([`${shape.model} (${shape.texts} texts, ${requests} requests of ${shape.batch})`, `${rates.get('ours').toFixed(0)}`, `${rates.get('awsSdk').toFixed(0)}`, formatRatio(rates.get('ours'), rates.get('awsSdk'))]);
      figures[shape.key] = { oursTextsPerSecond: rates.get('ours'), awsSdkTextsPerSecond: rates.get('awsSdk') };
    }
    console.log(`\nEmbeddings on loopback: texts per second through embedMany vs the AWS SDK's InvokeModelCommand batched by hand (SigV4, ≤ ${concurrency} requests in flight, median of ${rounds} rounds)`);
    printTable(['model', 'ours: embedMany (texts/s)', 'AWS SDK: InvokeModel by hand (texts/s)', 'ours ÷ SDK'], rows);
    return figures;
  } finally {
    await emulator.close();
  }
}
