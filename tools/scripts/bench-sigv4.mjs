// SigV4 signing of a 2 KB Converse request: our path (@bedrock-kit/aws-auth
// signRequest: smithy's signer over our Web Crypto hash) vs the AWS SDK's
// (smithy's signer over @smithy/hash-node, one signer reused as the client
// does) vs aws4fetch (Web Crypto, what @ai-sdk/amazon-bedrock signs with).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { signRequest, WebCryptoSha256 } from '@bedrock-kit/aws-auth';
import * as esbuild from 'esbuild';
import { importPeer } from '../bench/peers.mjs';
import { compareRates, formatRate, printTable } from './bench-measure.mjs';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const region = 'us-east-1';
const host = 'bedrock-runtime.us-east-1.amazonaws.com';
const path = `/model/${encodeURIComponent('anthropic.claude-3-5-haiku-20241022-v1:0')}/converse`;

/** A Converse body of about 2 KB: a system prompt, a short conversation and one tool. */
export function createConverseBody() {
  const sentence = 'Summarise the quarterly figures for the northern region and flag anything unusual. ';
  const body = {
    system: [{ text: 'You are a careful analyst. Answer in short paragraphs. ' + sentence.repeat(3) }],
    messages: [
      { role: 'user', content: [{ text: sentence.repeat(8) }] },
      { role: 'assistant', content: [{ text: 'Revenue rose 4% while costs held flat; one outlier in March. ' .repeat(3) }] },
      { role: 'user', content: [{ text: sentence.repeat(2) }] },
    ],
    inferenceConfig: { maxTokens: 1024, temperature: 0.2 },
    toolConfig: {
      tools: [{ toolSpec: { name: 'lookup_figures', description: 'Look up figures by region and quarter', inputSchema: { json: { type: 'object', properties: { region: { type: 'string' }, quarter: { type: 'string' } }, required: ['region', 'quarter'] } } } }],
    },
  };
  let text = JSON.stringify(body);
  // Pad the last user turn to land on 2048 bytes exactly.
  body.messages[2].content[0].text += 'x'.repeat(Math.max(0, 2048 - new TextEncoder().encode(text).length));
  text = JSON.stringify(body);
  return text;
}

/**
 * `signRequest` as browsers and Workers get it: aws-auth bundled under browser conditions, so
 * `#sha256` is Web Crypto (Node's `globalThis.crypto.subtle` runs it here).
 */
async function importBrowserSignRequest() {
  const dir = mkdtempSync(join(tmpdir(), 'bedrock-kit-sigv4-'));
  try {
    const outfile = join(dir, 'aws-auth.browser.mjs');
    await esbuild.build({ stdin: { contents: "export { signRequest } from '@bedrock-kit/aws-auth';", resolveDir: process.cwd() }, bundle: true, format: 'esm', platform: 'browser', outfile, logLevel: 'silent' });
    return (await import(pathToFileURL(outfile).href)).signRequest;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSigV4({ rounds, roundMs }) {
  const { SignatureV4 } = await importPeer('@smithy/signature-v4');
  const { Hash } = await importPeer('@smithy/hash-node');
  const { AwsV4Signer } = await importPeer('aws4fetch');
  const body = createConverseBody();
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const signingDate = new Date('2026-01-15T12:00:00Z');

  const sdkSigner = new SignatureV4({ credentials, region, service: 'bedrock', sha256: Hash.bind(null, 'sha256'), uriEscapePath: true });
  const sdkSign = (date) =>
    sdkSigner.sign({ method: 'POST', protocol: 'https:', hostname: host, path, query: {}, headers: { ...headers, host }, body }, { signingDate: date });
  const oursSign = (date) => signRequest({ method: 'POST', url: `https://${host}${path}`, headers, body }, { credentials, region, signingDate: date });
  const browserSignRequest = await importBrowserSignRequest();
  const oursWebCryptoSign = (date) => browserSignRequest({ method: 'POST', url: `https://${host}${path}`, headers, body }, { credentials, region, signingDate: date });
  // Diagnostics: which part of the gap is the per-call signer (no signing-key
  // cache) and which is Web Crypto's per-call cost.
  const webCryptoReused = new SignatureV4({ credentials, region, service: 'bedrock', sha256: WebCryptoSha256, uriEscapePath: true, applyChecksum: false });
  const smithyRequest = () => ({ method: 'POST', protocol: 'https:', hostname: host, path, query: {}, headers: { ...headers, host }, body });
  const aws4Cache = new Map();
  const aws4Sign = () =>
    new AwsV4Signer({ method: 'POST', url: `https://${host}${path}`, headers, body, ...credentials, service: 'bedrock', region, cache: aws4Cache }).sign();

  // Same signer core, same inputs: ours must agree byte for byte with smithy over
  // hash-node set up like ours (the SDK's default also signs x-amz-content-sha256).
  const checkSigner = new SignatureV4({ credentials, region, service: 'bedrock', sha256: Hash.bind(null, 'sha256'), uriEscapePath: true, applyChecksum: false });
  const [ours, sdk, oursWebCrypto] = await Promise.all([
    oursSign(signingDate),
    checkSigner.sign({ method: 'POST', protocol: 'https:', hostname: host, path, query: {}, headers: { ...headers, host }, body }, { signingDate }),
    oursWebCryptoSign(signingDate),
  ]);
  if (ours.authorization !== sdk.headers.authorization) throw new Error(`signatures differ:\n ours ${ours.authorization}\n sdk  ${sdk.headers.authorization}`);
  if (oursWebCrypto.authorization !== ours.authorization) throw new Error('the Web Crypto build signs differently from the node:crypto build');

  // A fresh date per call, as real requests have (the signing-key caches still hit within a day).
  const rates = await compareRates(
    [
      { name: 'ours', run: () => oursSign(new Date()).then(() => 1) },
      { name: 'sdk', run: () => sdkSign(new Date()).then(() => 1) },
      { name: 'aws4fetch', run: () => aws4Sign().then(() => 1) },
      { name: 'oursWebCrypto', run: () => oursWebCryptoSign(new Date()).then(() => 1) },
      { name: 'webCryptoReused', run: () => webCryptoReused.sign(smithyRequest(), { signingDate: new Date() }).then(() => 1) },
      {
        name: 'hashNodePerCall',
        run: () =>
          new SignatureV4({ credentials, region, service: 'bedrock', sha256: Hash.bind(null, 'sha256'), uriEscapePath: true, applyChecksum: false })
            .sign(smithyRequest(), { signingDate: new Date() })
            .then(() => 1),
      },
    ],
    { rounds, roundMs },
  );
  const [oursRate, sdkRate, aws4Rate] = ['ours', 'sdk', 'aws4fetch'].map((name) => rates.get(name));
  console.log(`\nSigV4 signing of a ${body.length}-byte Converse request (ours checked equal to smithy + hash-node first)`);
  printTable(
    ['path', 'signatures/s', 'µs each', 'ours ÷ this (>1: ours faster)'],
    [
      ['ours: signRequest (smithy helpers + #sha256: node:crypto in Node)', formatRate(oursRate, '/s'), (1e6 / oursRate).toFixed(1), '1.00×'],
      ['AWS SDK: SignatureV4 + @smithy/hash-node (reused signer)', formatRate(sdkRate, '/s'), (1e6 / sdkRate).toFixed(1), `${(oursRate / sdkRate).toFixed(2)}×`],
      ['aws4fetch AwsV4Signer (Web Crypto, shared key cache)', formatRate(aws4Rate, '/s'), (1e6 / aws4Rate).toFixed(1), `${(oursRate / aws4Rate).toFixed(2)}×`],
      [
        'ours, browser/Worker build (Web Crypto), ÷ aws4fetch',
        formatRate(rates.get('oursWebCrypto'), '/s'),
        (1e6 / rates.get('oursWebCrypto')).toFixed(1),
        `${(rates.get('oursWebCrypto') / aws4Rate).toFixed(2)}× aws4fetch`,
      ],
      ...[
        ['diagnostic: smithy + our WebCryptoSha256, one reused signer', rates.get('webCryptoReused')],
        ['diagnostic: smithy + hash-node, new signer per call', rates.get('hashNodePerCall')],
      ].map(([name, rate]) => [name, formatRate(rate, '/s'), (1e6 / rate).toFixed(1), `${(oursRate / rate).toFixed(2)}×`]),
    ],
  );
  return {
    webCryptoReusedPerSecond: rates.get('webCryptoReused'),
    hashNodePerCallPerSecond: rates.get('hashNodePerCall'),
    oursPerSecond: oursRate,
    oursWebCryptoPerSecond: rates.get('oursWebCrypto'),
    oursWebCryptoOverAws4fetch: rates.get('oursWebCrypto') / aws4Rate,
    sdkPerSecond: sdkRate, aws4fetchPerSecond: aws4Rate, oursOverSdk: oursRate / sdkRate, oursOverAws4fetch: oursRate / aws4Rate };
}
