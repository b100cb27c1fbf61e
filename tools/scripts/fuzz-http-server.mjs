// The HTTP side of `npm run fuzz`: a server on 127.0.0.1 that answers each
// request with what its fuzz case scripts (status line, headers, body bytes,
// gzip, redirects, drips, stalls, cut connections), found by the case's
// `x-fuzz-case` header; and a trap server on another port that a redirect
// points at: any request reaching it is a request (and maybe credentials)
// sent somewhere the client was not configured to send them.
import { createServer } from 'node:http';

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts both servers. `register(id, script)` before the call; `hits(id)` how
 * many requests the case received; `trapped(id)` the requests the trap got.
 */
export async function startFuzzServers() {
  const scripts = new Map();
  const hitsById = new Map();
  const trapById = new Map();
  const sockets = new Set();

  const server = createServer((request, response) => {
    const id = request.headers['x-fuzz-case'];
    hitsById.set(id, (hitsById.get(id) ?? 0) + 1);
    const script = scripts.get(id);
    // Read the request body to its end first: the answer must not race the upload.
    request.resume();
    request.on('end', () => {
      if (!script) {
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"no fuzz script"}');
        return;
      }
      answer(script, request, response).catch(() => response.socket?.destroy());
    });
  });
  const trap = createServer((request, response) => {
    const id = request.headers['x-fuzz-case'] ?? '?';
    const list = trapById.get(id) ?? [];
    list.push({ method: request.method, url: request.url, authorization: request.headers.authorization !== undefined, token: request.headers['x-amz-security-token'] !== undefined });
    trapById.set(id, list);
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"trap":true}');
  });
  for (const s of [server, trap]) {
    s.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    // A stalled answer must not keep the run alive: the client's timeouts end it, and close() destroys the rest.
    s.keepAliveTimeout = 1000;
    s.headersTimeout = 0;
    s.requestTimeout = 0;
  }
  const url = await listen(server);
  const trapUrl = await listen(trap);
  return {
    url,
    trapUrl,
    register(id, script) {
      scripts.set(id, script);
    },
    forget(id) {
      scripts.delete(id);
      hitsById.delete(id);
      trapById.delete(id);
    },
    hits: (id) => hitsById.get(id) ?? 0,
    trapped: (id) => trapById.get(id) ?? [],
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([server, trap].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}

/**
 * Writes one scripted answer. `script`: `{ status, headers, body: Uint8Array
 * | { repeat: Uint8Array, bytes } , declaredLength?, chunkBytes?, delayMs?,
 * stall?: 'before-headers' | 'after-headers' | 'mid-body', cutAt?, cutMode? }`.
 */
async function answer(script, request, response) {
  const socket = response.socket;
  const closed = () => socket.destroyed || response.writableEnded;
  if (script.stall === 'before-headers') return; // the client's timeout ends it
  if (script.cutAt === 0) {
    if (script.cutMode === 'rst') socket.resetAndDestroy();
    else socket.destroy();
    return;
  }
  const headers = { ...script.headers };
  const total = script.body instanceof Uint8Array ? script.body.length : script.body.bytes;
  if (script.declaredLength !== undefined) headers['content-length'] = String(script.declaredLength);
  else if (!script.chunked) headers['content-length'] = String(total);
  try {
    response.writeHead(script.status, headers);
  } catch {
    // a header Node refuses to write: send a plain 500 so the case still gets an answer
    response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"fuzz header refused"}');
    return;
  }
  response.flushHeaders();
  if (script.stall === 'after-headers') return;
  const chunkBytes = script.chunkBytes ?? 64 * 1024;
  // A mid-body stall holds back at least the last byte, so the answer can never be complete.
  const limit = script.stall === 'mid-body' ? Math.min(script.stallAt ?? 1, total - 1) : (script.cutAt ?? total);
  let sent = 0;
  while (sent < Math.min(limit, total) && !closed()) {
    const size = Math.min(chunkBytes, Math.min(limit, total) - sent);
    const chunk = bodySlice(script.body, sent, size);
    sent += size;
    if (!response.write(chunk)) await writable(response);
    if (script.stall === 'mid-body' && sent >= limit) return;
    if (script.delayMs) await sleep(script.delayMs);
  }
  if (closed() || script.stall === 'mid-body') return;
  if (script.cutAt !== undefined && script.cutAt < total) {
    if (script.cutMode === 'rst') socket.resetAndDestroy();
    else socket.destroy();
    return;
  }
  if (script.declaredLength !== undefined && script.declaredLength > total) {
    socket.destroy(); // fewer bytes than declared, then the connection ends
    return;
  }
  response.end();
}

/** Resolves when `response` can take more bytes or has closed (the listener of the other event removed). */
function writable(response) {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/** `size` bytes of `body` from `offset`: a plain byte array, or a pattern repeated up to `bytes`. */
function bodySlice(body, offset, size) {
  if (body instanceof Uint8Array) return body.subarray(offset, offset + size);
  const { repeat } = body;
  const out = new Uint8Array(size);
  for (let i = 0; i < size; ) {
    const from = (offset + i) % repeat.length;
    const n = Math.min(repeat.length - from, size - i);
    out.set(repeat.subarray(from, from + n), i);
    i += n;
  }
  return out;
}
