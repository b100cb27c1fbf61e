import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { crc32, createGzip, gzipSync, type Gzip } from 'node:zlib';
import type { AwsError } from './aws-error';
import type { Gate } from './gate';
import { encodeExceptionFrame } from './render/encode-stream-frames';
import type { Script } from './script';
import { defaultErrorMessage } from './aws-error';

/** One response in progress. */
export interface Exchange {
  response: ServerResponse;
  requestId: string;
  /** Emulator time. */
  now(): number;
  /** Resolves when the connection closes before the answer is complete (client gone, emulator closing). */
  aborted: Promise<void>;
  isAborted(): boolean;
  /** Extra headers of the script. */
  extraHeaders: Record<string, string>;
  /** Replaces the emulator's own `x-amzn-RequestId` / `Date` (a recorded answer brings its own). */
  ownHeaders?: Record<string, string>;
  /** Transport shaping of the script: gzip, a skewed `Date`, a cut body, a hold after the headers. */
  transport?: Pick<Script, 'gzip' | 'dateOffsetMs' | 'truncateBody' | 'holdAfterHeaders'>;
  /** Called as the status line is written, or with 0 when the connection is dropped instead. */
  onRespond(status: number): void;
}

/** `x-amzn-RequestId` and `Date` (from the emulator clock, shifted by `dateOffsetMs`), on every answer, plus the script's headers. */
function serviceHeaders(exchange: Exchange): Record<string, string> {
  const date = new Date(exchange.now() + (exchange.transport?.dateOffsetMs ?? 0)).toUTCString();
  const own = exchange.ownHeaders ?? { 'x-amzn-RequestId': exchange.requestId, Date: date };
  return { ...own, ...exchange.extraHeaders };
}

/**
 * Writes a complete answer; with the script's `truncateBody` only its first
 * bytes (the `Content-Length` says so: the body ends cleanly but is cut),
 * with `gzip` compressed (`Content-Encoding: gzip`), with `holdAfterHeaders`
 * the status line and headers first, the body on release.
 */
export async function writeBody(exchange: Exchange, status: number, headers: Record<string, string>, body: string | Uint8Array): Promise<void> {
  if (exchange.isAborted()) return;
  let bytes: Uint8Array = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const transport = exchange.transport;
  if (transport?.truncateBody !== undefined) bytes = bytes.subarray(0, Math.max(0, transport.truncateBody));
  const encoding: Record<string, string> = {};
  if (transport?.gzip) {
    bytes = gzipSync(bytes);
    encoding['Content-Encoding'] = 'gzip';
  }
  exchange.onRespond(status);
  exchange.response.writeHead(status, { ...serviceHeaders(exchange), ...headers, ...encoding, 'Content-Length': String(bytes.length) });
  if (transport?.holdAfterHeaders) {
    exchange.response.flushHeaders();
    if (!(await waitAtGate(exchange, transport.holdAfterHeaders))) return;
  }
  exchange.response.end(bytes);
}

/** Writes a JSON answer. */
export function writeJson(exchange: Exchange, status: number, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  return writeBody(exchange, status, { 'Content-Type': 'application/json', ...headers }, JSON.stringify(body));
}

/** Writes an error the way the service does: status, `x-amzn-ErrorType` (maybe with a `:` suffix), `{"message"}`. */
export function writeAwsError(exchange: Exchange, error: AwsError): Promise<void> {
  const headers: Record<string, string> = {
    'x-amzn-ErrorType': error.typeSuffix ? `${error.type}:${error.typeSuffix}` : error.type,
  };
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  return writeJson(exchange, error.status, { message: error.message }, headers);
}

/** Waits at a gate; false when the connection went away meanwhile. */
export async function waitAtGate(exchange: Exchange, gate: Gate): Promise<boolean> {
  await Promise.race([gate.wait(), exchange.aborted]);
  return !exchange.isAborted();
}

/** Drops the connection: `close` ends the socket without finishing the body, `rst` resets it. */
export function dropConnection(exchange: Exchange, mode: 'close' | 'rst' = 'close'): void {
  const socket = exchange.response.socket as (Socket & { resetAndDestroy?: () => void }) | null;
  if (!socket) return;
  if (!exchange.response.headersSent) exchange.onRespond(0);
  if (mode === 'rst' && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

/** Where stream frames go: the response, or a gzip stream in front of it (flushed after each frame). */
interface FrameSink {
  write(chunk: Uint8Array): Promise<boolean>;
  /** Many writes with back-pressure only (no per-write round trip): for floods of tiny frames. */
  flood(chunk: Uint8Array, count: number): Promise<boolean>;
  end(): void;
}

/** How `writeFrames` shapes a stream beyond the script's own fields. */
export interface FramePlan {
  /** End the stream cleanly (final chunk) after this many frames. */
  endAfterEvents?: number;
  /** After `afterEvents` frames, write this frame `count` times. */
  flood?: { afterEvents: number; count: number; frame: Uint8Array };
  /** Called once the first frame is written (the generation goes on while the stream is open). */
  afterFirstFrame?: () => void;
  /** After `afterEvents` frames, a prelude declaring `declaredBytes`, those bytes, then the end. */
  oversized?: { afterEvents: number; declaredBytes: number };
}

/**
 * Writes a stream frame by frame, waiting for each write to reach the
 * socket before the next, so a client sees every frame as soon as it is
 * sent. The script's hold, exception, reset and end points count frames.
 */
export async function writeFrames(
  exchange: Exchange,
  headers: Record<string, string>,
  frames: readonly Uint8Array[],
  script: Script | undefined,
  plan: FramePlan = {},
): Promise<void> {
  if (exchange.isAborted()) return;
  const { response } = exchange;
  exchange.onRespond(200);
  const gzip = exchange.transport?.gzip === true;
  response.writeHead(200, { ...serviceHeaders(exchange), ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  response.flushHeaders();
  const sink = gzip ? gzipSink(exchange) : plainSink(exchange);
  for (let index = 0; index <= frames.length; index++) {
    if (script?.holdAfterEvents?.afterEvents === index && !(await waitAtGate(exchange, script.holdAfterEvents.gate))) return;
    if (plan.flood?.afterEvents === index && !(await sink.flood(plan.flood.frame, plan.flood.count))) return;
    if (plan.oversized?.afterEvents === index) {
      if (await writeOversizedFrame(exchange, sink, plan.oversized.declaredBytes)) sink.end();
      return;
    }
    const exception = script?.exceptionAfterEvents;
    if (exception?.afterEvents === index) {
      const payload = { message: exception.message ?? defaultErrorMessage(exception.type), ...exception.fields };
      await sink.write(encodeExceptionFrame(exception.type, payload));
      sink.end();
      return;
    }
    if (script?.resetAfterEvents === index) return dropConnection(exchange, script.resetMode);
    if (plan.endAfterEvents === index) break;
    if (index === frames.length) break;
    if (!(await sink.write(frames[index]!))) return;
    if (index === 0) plan.afterFirstFrame?.();
  }
  sink.end();
}

/** A prelude (total length, headers length 0, valid prelude CRC) declaring `declared` bytes, then the rest in 64 KiB zero pieces. */
async function writeOversizedFrame(exchange: Exchange, sink: FrameSink, declared: number): Promise<boolean> {
  const prelude = Buffer.alloc(12);
  prelude.writeUInt32BE(declared >>> 0, 0);
  prelude.writeUInt32BE(0, 4);
  prelude.writeUInt32BE(crc32(prelude.subarray(0, 8)), 8);
  if (!(await sink.write(prelude))) return false;
  const piece = new Uint8Array(64 * 1024);
  for (let sent = 12; sent < declared; sent += piece.length) {
    if (!(await sink.flood(piece.subarray(0, Math.min(piece.length, declared - sent)), 1))) return false;
  }
  return !exchange.isAborted();
}

function plainSink(exchange: Exchange): FrameSink {
  return {
    write: (chunk) => write(exchange, chunk),
    flood: (chunk, count) => flood(exchange, (c) => exchange.response.write(c), exchange.response, chunk, count),
    end: () => exchange.response.end(),
  };
}

function gzipSink(exchange: Exchange): FrameSink {
  const gzip: Gzip = createGzip();
  gzip.pipe(exchange.response);
  const flushed = () => new Promise<boolean>((resolve) => gzip.flush(() => resolve(!exchange.isAborted())));
  return {
    async write(chunk) {
      if (exchange.isAborted()) return false;
      gzip.write(chunk);
      return flushed();
    },
    async flood(chunk, count) {
      if (!(await flood(exchange, (c) => gzip.write(c), gzip, chunk, count))) return false;
      return flushed();
    },
    end: () => gzip.end(),
  };
}

function write(exchange: Exchange, chunk: Uint8Array): Promise<boolean> {
  if (exchange.isAborted()) return Promise.resolve(false);
  return new Promise((resolve) => {
    exchange.response.write(chunk, (error) => resolve(!error && !exchange.isAborted()));
    void exchange.aborted.then(() => resolve(false));
  });
}

/** Writes `chunk` `count` times, pausing on back-pressure; false when the client went away. */
async function flood(
  exchange: Exchange,
  put: (chunk: Uint8Array) => boolean,
  drains: { once(event: 'drain', listener: () => void): unknown },
  chunk: Uint8Array,
  count: number,
): Promise<boolean> {
  for (let i = 0; i < count; i++) {
    if (exchange.isAborted()) return false;
    if (!put(chunk)) {
      await Promise.race([new Promise<void>((resolve) => drains.once('drain', () => resolve())), exchange.aborted]);
    }
  }
  return !exchange.isAborted();
}

/**
 * Writes a body of `length` bytes made by `fill` in 64 KiB pieces with
 * back-pressure, so a huge answer never sits in the emulator's memory and
 * stops as soon as the client goes away.
 */
export async function writeGenerated(
  exchange: Exchange,
  status: number,
  headers: Record<string, string>,
  length: number,
  fill: (offset: number, size: number) => Uint8Array,
): Promise<void> {
  if (exchange.isAborted()) return;
  const { response } = exchange;
  exchange.onRespond(status);
  response.writeHead(status, { ...serviceHeaders(exchange), ...headers, 'Content-Length': String(length) });
  const piece = 64 * 1024;
  for (let offset = 0; offset < length; offset += piece) {
    if (exchange.isAborted()) return;
    if (!response.write(fill(offset, Math.min(piece, length - offset)))) {
      await Promise.race([new Promise<void>((resolve) => response.once('drain', () => resolve())), exchange.aborted]);
    }
  }
  if (!exchange.isAborted()) response.end();
}
