// HTTP fuzz cases for `npm run fuzz`: one case from its index alone (seeded),
// so a failing case can be rebuilt and printed anywhere. A case is what the
// fuzz server answers (status, headers, body, gzip, redirect, drip, stall,
// cut) and how the client calls (generateText or streamText, retries,
// timeouts, auth), plus the transport rules of API.md that apply to it.
import { createGzip, gzipSync } from 'node:zlib';

const encoder = new TextEncoder();
const bytes = (text) => encoder.encode(text);
const MiB = 1024 * 1024;

/** The transport rules a case is checked against (API.md "Transport rules"; issue 16 for the stop event). */
export const ruleText = {
  typed: 'only BedrockError subclasses come out',
  bounded: 'the call settles within its timeout options',
  secrets: 'no credential in any error',
  messageCap: 'an error message is cut to 8 KiB (error body read up to 64 KiB)',
  redirect: 'a 3xx is a non-retryable ServiceError naming the status and the Location host; nothing is resent',
  limit: 'a body past its limit (64 MiB non-streaming, decoded) is a non-retryable typed error; nothing is resent',
  parsedOnce: 'a 2xx whose body does not parse is not retried',
  stall: 'a stalled answer is a TimeoutError',
  stopEvent: 'a stream that ends without its stop event is a StreamError',
};

const statuses = [200, 201, 202, 204, 206, 299, 400, 401, 403, 404, 408, 409, 413, 418, 422, 424, 429, 451, 500, 501, 502, 503, 504, 529, 599];
const errorTypes = ['ThrottlingException', 'ValidationException', 'AccessDeniedException', 'ModelNotReadyException', 'ServiceUnavailableException', 'InternalServerException', 'ModelTimeoutException', 'ResourceNotFoundException', 'ServiceQuotaExceededException', 'ExpiredTokenException', 'UnrecognizedClientException', 'x', '', 'ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/', '__proto__', 'A'.repeat(300)];
const headerValues = {
  'content-type': ['application/json', 'application/vnd.amazon.eventstream', 'text/html', 'text/plain; charset=utf-8', 'application/json; charset=utf-16', '', 'x/y'],
  'retry-after': ['0', '1', '3', '99999999', 'Wed, 21 Oct 2015 07:28:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', 'soon', '-1', '1.5', ''],
  date: ['Sun, 06 Dec 2026 20:00:00 GMT', 'Mon, 06 Dec 2036 20:00:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT', 'not a date', ''],
  'x-amzn-requestid': ['fuzz-request', '', 'r'.repeat(4000)],
  'x-amzn-bedrock-input-token-count': ['12', '-1', 'NaN', '1e400', ''],
  'x-amzn-bedrock-output-token-count': ['3', '99999999999999999999', 'x'],
  'content-encoding': ['identity', 'br', 'deflate', 'x-unknown', 'gzip, gzip'],
  connection: ['close', 'keep-alive'],
};

/** What every case can draw on: valid bodies, recorded streams, a gzip bomb. Built once. */
export async function createHttpAssets(lib, corpus, { bombBytes }) {
  const converse = corpus.find((target) => target.name === 'converse');
  const streams = converse.streams.map((frames) => ({
    frames,
    types: frames.map((frame) => lib.decodeEventStreamMessage(frame).headers[':event-type']?.value),
  }));
  const validJson = bytes(
    JSON.stringify({
      output: { message: { role: 'assistant', content: [{ text: 'Hello from the HTTP fuzz server.' }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: 3, outputTokens: 7, totalTokens: 10 },
      metrics: { latencyMs: 1 },
    }),
  );
  return { streams, validJson, gzipBomb: await gzipZeros(bombBytes), bombBytes };
}

/** gzip of `size` zero bytes, built without holding them: ~1 KB of output per MiB. */
function gzipZeros(size) {
  return new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 9 });
    const chunks = [];
    gzip.on('data', (chunk) => chunks.push(chunk));
    gzip.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    gzip.on('error', reject);
    const zeros = Buffer.alloc(MiB);
    let left = size / MiB;
    const write = () => {
      while (left > 0) {
        left--;
        if (!gzip.write(zeros)) return gzip.once('drain', write);
      }
      gzip.end();
    };
    write();
  });
}

const concat = (parts) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/**
 * Case `index`: `{ index, kind, label, call, client, script, rules, heavy }`.
 * `client` holds createBedrock options beyond endpoint and auth; `script`
 * is what the fuzz server answers; `heavy` cases (bodies of tens of MiB)
 * run alone, so the memory samples show what one call holds.
 */
export function createHttpCase(index, seed, assets, lib, { quick }) {
  const random = lib.createSeededRandom((Math.imul(seed, 0x9e3779b1) + index * 0x85ebca6b) >>> 0);
  const pick = (list) => list[random.int(list.length)];
  const chance = (p) => random.next() < p;
  const call = chance(0.5) ? 'generate' : 'stream';
  const stream = pick(assets.streams);
  const streamBytes = concat(stream.frames);
  const validBody = call === 'generate' ? assets.validJson : streamBytes;
  const okHeaders = { 'content-type': call === 'generate' ? 'application/json' : 'application/vnd.amazon.eventstream', 'x-amzn-requestid': `fuzz-${index}` };
  const randomHeaders = () => {
    const headers = {};
    for (let n = random.int(4); n > 0; n--) {
      const name = pick(Object.keys(headerValues));
      headers[name] = pick(headerValues[name]);
    }
    if (chance(0.3)) headers['x-amzn-errortype'] = pick(errorTypes);
    if (chance(0.03)) for (let n = 0; n < 100; n++) headers[`x-fuzz-${n}`] = 'v'.repeat(random.int(100));
    if (chance(0.02)) headers['x-fuzz-huge'] = 'h'.repeat(20_000 + random.int(60_000)); // past undici's 16 KiB header limit
    return headers;
  };
  const errorBody = () =>
    pick([
      () => bytes(JSON.stringify({ message: `fuzz error ${index}` })),
      () => bytes(JSON.stringify({ __type: `com.amazon.coral.service#${pick(errorTypes)}`, message: 'typed in the body' })),
      () => bytes(JSON.stringify({ Message: 'capital M' })),
      () => bytes('<html><body>502 Bad Gateway</body></html>'),
      () => new Uint8Array(0),
      () => bytes('{"message":'),
      () => Uint8Array.from({ length: random.int(2048) }, () => random.int(256)),
      () => bytes(JSON.stringify({ message: { nested: [1, 2] } })),
    ])();
  const generateTimeout = { totalMs: 800 + random.int(800) };
  const streamTimeout = { firstByteMs: 300, idleMs: 300, totalMs: 1500 + random.int(500) };
  const client = {
    maxRetries: pick([0, 1, 2]),
    timeout: call === 'generate' ? generateTimeout : streamTimeout,
    sigv4: chance(0.5),
  };
  const base = { index, call, client, rules: ['typed', 'bounded', 'secrets', 'messageCap'], heavy: false };

  const kinds = [
    [14, 'status'],
    [9, 'unparseable-2xx'],
    [6, 'truncated'],
    [6, 'oversized-error'],
    [1, 'oversized-body'],
    [8, 'gzip'],
    [2, 'gzip-bomb'],
    [8, 'redirect'],
    [8, 'slow'],
    [8, 'stall'],
    [7, 'reset'],
    [12, 'stream-shape'],
    [5, 'headers'],
  ];
  let roll = random.int(kinds.reduce((n, [weight]) => n + weight, 0));
  const kind = kinds.find(([weight]) => (roll -= weight) < 0)[1];

  switch (kind) {
    case 'status': {
      const status = pick(statuses);
      const ok = status >= 200 && status < 300;
      const body = ok && chance(0.5) ? validBody : errorBody();
      return { ...base, kind, label: `status ${status}`, script: { status, headers: { ...okHeaders, ...randomHeaders() }, body } };
    }
    case 'unparseable-2xx': {
      const bodies = [
        ['empty', new Uint8Array(0)],
        ['{', bytes('{')],
        ['cut JSON', assets.validJson.subarray(0, 1 + random.int(assets.validJson.length - 2))],
        ['html', bytes('<html>OK</html>')],
        ['random bytes', Uint8Array.from({ length: 1 + random.int(512) }, () => random.int(256))],
        ['invalid UTF-8 JSON', concat([bytes('{"output":{"message":{"role":"assistant","content":[{"text":"'), Uint8Array.of(0xff, 0xfe), bytes('"}]}}}')])],
      ];
      const [name, body] = pick(bodies);
      return { ...base, call: 'generate', client: { ...client, timeout: generateTimeout, maxRetries: 2 }, kind, label: `200 with ${name}`, rules: [...base.rules, 'parsedOnce'], script: { status: 200, headers: okHeaders, body } };
    }
    case 'truncated': {
      const total = validBody.length;
      return { ...base, kind, label: 'fewer bytes than Content-Length', script: { status: 200, headers: okHeaders, body: validBody.subarray(0, random.int(total)), declaredLength: total + 1 + random.int(1000) } };
    }
    case 'oversized-error': {
      const size = (quick ? 1 : 4) * MiB + random.int((quick ? 8 : 64) * MiB);
      const status = pick([400, 403, 429, 500, 503]);
      const pattern = bytes(`{"message":"${'too long '.repeat(100)}`);
      return { ...base, kind, label: `${status} with a ${(size / MiB).toFixed(0)} MiB error body`, heavy: size > 32 * MiB, script: { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': pick(errorTypes) }, body: { repeat: pattern, bytes: size } } };
    }
    case 'oversized-body': {
      const size = 64 * MiB + 1 + random.int(8 * MiB);
      const pattern = bytes('{"output":{"message":{"role":"assistant","content":[{"text":"' + 'a'.repeat(4000));
      return { ...base, call: 'generate', client: { ...client, timeout: { totalMs: 20_000 } }, kind, label: `200 with a ${(size / MiB).toFixed(1)} MiB body`, heavy: true, rules: [...base.rules, 'limit'], script: { status: 200, headers: { 'content-type': 'application/json' }, body: { repeat: pattern, bytes: size } } };
    }
    case 'gzip': {
      const packed = gzipSync(validBody);
      const variants = [
        ['valid gzip', packed, 'gzip'],
        ['corrupt gzip', packed.map((byte, i) => (i === 10 + random.int(Math.max(1, packed.length - 20)) ? byte ^ 0xff : byte)), 'gzip'],
        ['cut gzip', packed.subarray(0, random.int(packed.length)), 'gzip'],
        ['gzip labelled deflate', packed, 'deflate'],
        ['plain labelled gzip', validBody, 'gzip'],
        ['gzip labelled br', packed, 'br'],
      ];
      const [name, body, encoding] = pick(variants);
      const status = chance(0.8) ? 200 : pick([400, 429, 500, 503]);
      return { ...base, kind, label: `${status} ${name}`, script: { status, headers: { ...okHeaders, 'content-encoding': encoding }, body: status === 200 ? body : gzipSync(errorBody()) } };
    }
    case 'gzip-bomb': {
      const status = pick([200, 200, 200, 500, 400]);
      const inflated = `${(assets.bombBytes / MiB).toFixed(0)} MiB`;
      const rules = status === 200 && call === 'generate' ? [...base.rules, 'limit'] : base.rules;
      return {
        ...base,
        client: { ...client, timeout: call === 'generate' ? { totalMs: 20_000 } : { ...streamTimeout, totalMs: 20_000 } },
        kind,
        label: `${status} gzip bomb (${inflated} inflated)`,
        heavy: true,
        rules,
        script: { status, headers: { ...okHeaders, 'content-encoding': 'gzip' }, body: assets.gzipBomb },
      };
    }
    case 'redirect': {
      const status = pick([301, 302, 303, 307, 308]);
      const [where, location] = pick([
        ['the trap host', `${assets.trapUrl}/model/amazon.nova-lite-v1%3A0/${call === 'generate' ? 'converse' : 'converse-stream'}`],
        ['the same host', '/model/elsewhere/converse'],
        ['an empty Location', ''],
        ['a broken URL', 'http://[::1'],
      ]);
      const headers = { 'content-type': 'application/json' };
      if (location !== '' || chance(0.5)) headers.location = location;
      const host = where === 'the trap host' ? new URL(assets.trapUrl).host : undefined;
      return { ...base, kind, label: `${status} to ${where}`, rules: [...base.rules, 'redirect'], redirect: { status, host }, script: { status, headers, body: chance(0.5) ? bytes('moved') : new Uint8Array(0) } };
    }
    case 'slow': {
      const chunkBytes = Math.max(1, Math.ceil(validBody.length / (5 + random.int(40))));
      return { ...base, kind, label: `dripped in ${Math.ceil(validBody.length / chunkBytes)} pieces`, script: { status: 200, headers: okHeaders, body: validBody, chunkBytes, delayMs: 1 + random.int(call === 'stream' ? 30 : 15) } };
    }
    case 'stall': {
      const where = pick(['before-headers', 'after-headers', 'mid-body']);
      return { ...base, kind, label: `stalled ${where}`, rules: [...base.rules, 'stall'], script: { status: 200, headers: okHeaders, body: validBody, stall: where, stallAt: 1 + random.int(validBody.length - 1), chunkBytes: 1 + random.int(64) } };
    }
    case 'reset': {
      const cutAt = random.int(validBody.length);
      const cutMode = pick(['close', 'rst']);
      return { ...base, kind, label: `connection ${cutMode === 'rst' ? 'reset' : 'closed'} ${cutAt === 0 ? 'before the answer' : 'mid-body'}`, script: { status: 200, headers: okHeaders, body: validBody, cutAt, cutMode, chunked: true } };
    }
    case 'stream-shape': {
      const { frames, types } = stream;
      const stop = types.indexOf('messageStop');
      const variants = [
        ['whole', streamBytes, []],
        ['cut mid-frame, clean end', streamBytes.subarray(0, 1 + random.int(streamBytes.length - 1)), []],
        ['clean end before the stop event', concat(frames.slice(0, random.int(Math.max(1, stop)))), ['stopEvent']],
        ['garbage after the stream', concat([streamBytes, Uint8Array.from({ length: 1 + random.int(64) }, () => random.int(256))]), []],
        ['frames twice', concat([streamBytes, streamBytes]), []],
        ['gzip-compressed', gzipSync(streamBytes), []],
      ];
      const [name, body, extra] = pick(variants);
      const headers = name === 'gzip-compressed' ? { ...okHeaders, 'content-encoding': 'gzip' } : chance(0.2) ? { ...okHeaders, 'content-type': pick(headerValues['content-type']) } : okHeaders;
      return { ...base, call: 'stream', client: { ...client, timeout: streamTimeout }, kind, label: `stream ${name}`, rules: [...base.rules, ...extra], script: { status: 200, headers, body, chunked: true, chunkBytes: 1 + random.int(256) } };
    }
    default: {
      const status = chance(0.6) ? 200 : pick(statuses);
      return { ...base, kind: 'headers', label: `status ${status} with odd headers`, script: { status, headers: { ...okHeaders, ...randomHeaders(), ...randomHeaders() }, body: status === 200 ? validBody : errorBody() } };
    }
  }
}
