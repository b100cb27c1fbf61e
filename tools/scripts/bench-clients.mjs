// The four ways to stream one ConverseStream answer from the emulator, each
// reporting when its first text delta arrived. Shared by the first-delta and
// the concurrency benchmarks.
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPeer } from '../bench/peers.mjs';

export const benchModel = 'anthropic.claude-3-5-haiku-20241022-v1:0';
export const benchPrompt = 'Say hello to the benchmark.';

/**
 * @param {{ url: string, region: string, credentials: { accessKeyId: string, secretAccessKey: string }, apiKey: string }} target
 * @param {string[]} names which clients to build (`ours`, `oursNodeHttp` (ours over `nodeHttpFetch`), `oursBearer` (API key), `fetch`, `nodeHttp`, `awsSdk`, `aiSdk`)
 * @returns {Promise<Record<string, (onFirstDelta: () => void) => Promise<string>>>}
 *   each streams one answer, calls `onFirstDelta` at its first text delta, and resolves with the whole text
 */
export async function createBenchClients(target, names) {
  const clients = {};
  for (const name of ['ours', 'oursNodeHttp', 'oursBearer'].filter((name) => names.includes(name))) {
    const { createBedrock } = await import('@bedrock-kit/bedrock');
    const { anthropic } = await import('@bedrock-kit/anthropic');
    const auth = name === 'oursBearer' ? { apiKey: target.apiKey } : target.credentials;
    const transport = name === 'oursNodeHttp' ? { fetch: await importNodeHttpFetch() } : {};
    const bedrock = createBedrock({ families: [anthropic], endpoint: target.url, region: target.region, ...auth, ...transport, maxRetries: 0 });
    clients[name] = async (onFirstDelta) => {
      let text = '';
      // Converse, like the peers (Claude without tools would go native InvokeModel by default).
      for await (const event of bedrock.streamText({ model: benchModel, prompt: benchPrompt, providerOptions: { useConverse: true } })) {
        if (event.type !== 'text-delta') continue;
        if (text === '') onFirstDelta();
        text += event.text;
      }
      return text;
    };
  }
  if (names.includes('fetch')) {
    // The floor: one fetch with a bearer key (no signing, no decoding), watching the bytes
    // for the first contentBlockDelta frame.
    const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: benchPrompt }] }] });
    const url = `${target.url}/model/${encodeURIComponent(benchModel)}/converse-stream`;
    const latin1 = new TextDecoder('latin1');
    clients.fetch = async (onFirstDelta) => {
      const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' }, body });
      if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status} ${await response.text()}`);
      let seen = false;
      let bytes = 0;
      for await (const chunk of response.body) {
        bytes += chunk.length;
        if (!seen && latin1.decode(chunk).includes('contentBlockDelta')) {
          seen = true;
          onFirstDelta();
        }
      }
      return `${bytes} bytes`;
    };
  }
  if (names.includes('nodeHttp')) {
    // The node:http floor: one request on a keep-alive agent, bearer key, bytes watched as above.
    const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: benchPrompt }] }] });
    const url = new URL(`${target.url}/model/${encodeURIComponent(benchModel)}/converse-stream`);
    const agent = new Agent({ keepAlive: true });
    const headers = { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    const latin1 = new TextDecoder('latin1');
    clients.nodeHttp = (onFirstDelta) =>
      new Promise((resolve, reject) => {
        const outgoing = request(url, { method: 'POST', headers, agent }, (response) => {
          if (response.statusCode !== 200) reject(new Error(`raw node:http: HTTP ${response.statusCode}`));
          let seen = false;
          let bytes = 0;
          response.on('data', (chunk) => {
            bytes += chunk.length;
            if (!seen && latin1.decode(chunk).includes('contentBlockDelta')) {
              seen = true;
              onFirstDelta();
            }
          });
          response.on('end', () => resolve(`${bytes} bytes`));
          response.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end(body);
      });
  }
  if (names.includes('awsSdk')) {
    const { BedrockRuntimeClient, ConverseStreamCommand } = await importPeer('@aws-sdk/client-bedrock-runtime');
    const { NodeHttpHandler } = await importPeer('@smithy/node-http-handler');
    // The SDK's Node default for event streams is HTTP/2; the emulator (like fetch) speaks HTTP/1.1.
    const client = new BedrockRuntimeClient({
      region: target.region,
      endpoint: target.url,
      credentials: target.credentials,
      maxAttempts: 1,
      // Its default agent allows 50 sockets; the concurrency run opens more streams than that.
      requestHandler: new NodeHttpHandler({ httpAgent: { keepAlive: true, maxSockets: target.maxSockets ?? 50 } }),
    });
    clients.awsSdk = async (onFirstDelta) => {
      const response = await client.send(new ConverseStreamCommand({ modelId: benchModel, messages: [{ role: 'user', content: [{ text: benchPrompt }] }] }));
      let text = '';
      for await (const event of response.stream) {
        const delta = event.contentBlockDelta?.delta?.text;
        if (delta === undefined) continue;
        if (text === '') onFirstDelta();
        text += delta;
      }
      return text;
    };
  }
  if (names.includes('aiSdk')) {
    const { createAmazonBedrock } = await importPeer('@ai-sdk/amazon-bedrock');
    const { streamText } = await importPeer('ai');
    const provider = createAmazonBedrock({ region: target.region, baseURL: target.url, ...target.credentials });
    clients.aiSdk = async (onFirstDelta) => {
      const result = streamText({ model: provider(benchModel), prompt: benchPrompt, maxRetries: 0 });
      let text = '';
      for await (const part of result.fullStream) {
        if (part.type === 'error') throw part.error;
        if (part.type !== 'text-delta') continue;
        if (text === '') onFirstDelta();
        text += part.text ?? part.delta ?? '';
      }
      return text;
    };
  }
  return clients;
}

/**
 * `nodeHttpFetch` (packages/bedrock/src/node-http-fetch.ts, decision 0012): from a
 * `@bedrock-kit/bedrock/node-http-fetch` entry once the package exports one, else the
 * source bundled by esbuild (it imports only `node:` modules besides its own) into a temporary file.
 */
async function importNodeHttpFetch() {
  try {
    return (await import('@bedrock-kit/bedrock/node-http-fetch')).nodeHttpFetch;
  } catch (error) {
    if (error.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const { build } = await import('esbuild');
    const file = join(mkdtempSync(join(tmpdir(), 'bench-node-http-fetch-')), 'node-http-fetch.mjs');
    const entry = fileURLToPath(new URL('../../packages/bedrock/src/node-http-fetch.ts', import.meta.url));
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'warning' });
    return (await import(file)).nodeHttpFetch;
  }
}
