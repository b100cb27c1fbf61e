import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
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
  /** Called as the status line is written, or with 0 when the connection is dropped instead. */
  onRespond(status: number): void;
}

/** `x-amzn-RequestId` and `Date` (from the emulator clock), on every answer, plus the script's headers. */
function serviceHeaders(exchange: Exchange): Record<string, string> {
  const own = exchange.ownHeaders ?? { 'x-amzn-RequestId': exchange.requestId, Date: new Date(exchange.now()).toUTCString() };
  return { ...own, ...exchange.extraHeaders };
}

/** Writes a complete answer. */
export function writeBody(exchange: Exchange, status: number, headers: Record<string, string>, body: string | Uint8Array): void {
  if (exchange.isAborted()) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  exchange.onRespond(status);
  exchange.response.writeHead(status, { ...serviceHeaders(exchange), ...headers, 'Content-Length': String(bytes.length) });
  exchange.response.end(bytes);
}

/** Writes a JSON answer. */
export function writeJson(exchange: Exchange, status: number, body: unknown, headers: Record<string, string> = {}): void {
  writeBody(exchange, status, { 'Content-Type': 'application/json', ...headers }, JSON.stringify(body));
}

/** Writes an error the way the service does: status, `x-amzn-ErrorType` (maybe with a `:` suffix), `{"message"}`. */
export function writeAwsError(exchange: Exchange, error: AwsError): void {
  const headers: Record<string, string> = {
    'x-amzn-ErrorType': error.typeSuffix ? `${error.type}:${error.typeSuffix}` : error.type,
  };
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  writeJson(exchange, error.status, { message: error.message }, headers);
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

/**
 * Writes a stream frame by frame, waiting for each write to reach the
 * socket before the next, so a client sees every frame as soon as it is
 * sent. The script's hold, exception and reset points count frames.
 */
export async function writeFrames(
  exchange: Exchange,
  headers: Record<string, string>,
  frames: readonly Uint8Array[],
  script: Script | undefined,
): Promise<void> {
  if (exchange.isAborted()) return;
  const { response } = exchange;
  exchange.onRespond(200);
  response.writeHead(200, { ...serviceHeaders(exchange), ...headers });
  response.flushHeaders();
  for (let index = 0; index <= frames.length; index++) {
    if (script?.holdAfterEvents?.afterEvents === index && !(await waitAtGate(exchange, script.holdAfterEvents.gate))) return;
    const exception = script?.exceptionAfterEvents;
    if (exception?.afterEvents === index) {
      const payload = { message: exception.message ?? defaultErrorMessage(exception.type), ...exception.fields };
      await write(exchange, encodeExceptionFrame(exception.type, payload));
      response.end();
      return;
    }
    if (script?.resetAfterEvents === index) return dropConnection(exchange, script.resetMode);
    if (index === frames.length) break;
    if (!(await write(exchange, frames[index]!))) return;
  }
  response.end();
}

function write(exchange: Exchange, chunk: Uint8Array): Promise<boolean> {
  if (exchange.isAborted()) return Promise.resolve(false);
  return new Promise((resolve) => {
    exchange.response.write(chunk, (error) => resolve(!error && !exchange.isAborted()));
    void exchange.aborted.then(() => resolve(false));
  });
}
