import { createServer, connect, type Socket } from 'node:net';
import type { BedrockError, GenerateTextResult, StreamEvent } from '@bedrock-kit/core';
import { emulatorCredentials, formatAmzDate, type Emulator, type RecordedRequest } from '@bedrock-kit/emulator';
import { failure as failureOf, joinDeltas } from '@bedrock-kit/test-utils';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import type { BedrockOptions } from '../client/bedrock-options';
import { createBedrock, type Bedrock } from '../create-bedrock';
import type { TextStream } from '../calls/create-text-stream';
import { useEmulator } from './emulator.test-support';

/** A whole second, so `X-Amz-Date` (second resolution) equals the clock exactly. */
export const startOfTest = Date.UTC(2026, 0, 2, 3, 4, 5);

/**
 * One simulated clock shared by the client (`createBedrock({ now })`) and the
 * emulator (`startEmulator({ now })`); the emulator's own `clock.advance()`
 * moves only the server side (clock skew). Each request the emulator receives
 * moves the shared clock 1 s forward, so every attempt must be signed at its
 * own send time to carry a later `X-Amz-Date` than the one before.
 */
export function useFaultEmulator() {
  const time = { ms: startOfTest };
  const context = useEmulator({ now: () => time.ms });
  let unsubscribe: (() => void) | undefined;
  let afterReceive: ((request: RecordedRequest) => void) | undefined;
  beforeEach(() => {
    time.ms = startOfTest;
    afterReceive = undefined;
    unsubscribe = context.emulator.onRequest((request) => {
      time.ms += 1000;
      afterReceive?.(request);
    });
  });
  afterEach(() => unsubscribe?.());

  /** A SigV4 client on the shared clock with instant backoff; `options` override. */
  const client = (options: BedrockOptions = {}): Bedrock =>
    createBedrock({ endpoint: context.emulator.url, ...emulatorCredentials, now: () => time.ms, random: () => 0, ...options });

  return {
    context,
    time,
    client,
    /** Runs `listener` after the clock moved for each received request (e.g. to move it further). */
    onReceive(listener: (request: RecordedRequest) => void) {
      afterReceive = listener;
    },
  };
}

/**
 * Each attempt was signed when it was sent: attempt `n` (0-based) carries
 * `X-Amz-Date` = start + n s (+ `offsetMs` once a skew was learned), strictly
 * later than the attempt before and not earlier, to the second, than the
 * moment the emulator answered that attempt; and each carries its own signature.
 */
export function expectSignedAtSendTime(emulator: Emulator, attempts: number, offsetFromAttempt?: { attempt: number; offsetMs: number }): void {
  const requests = emulator.requests;
  expect(requests).toHaveLength(attempts);
  const dates = requests.map((request) => request.headers['x-amz-date']);
  const expected = requests.map((_, n) =>
    formatAmzDate(startOfTest + n * 1000 + (offsetFromAttempt && n >= offsetFromAttempt.attempt ? offsetFromAttempt.offsetMs : 0)),
  );
  expect(dates).toEqual(expected);
  for (let n = 1; n < requests.length; n++) {
    expect(dates[n]! > dates[n - 1]!).toBe(true);
    const previousFailure = requests[n - 1]!.respondedAt;
    expect(previousFailure).toBeDefined();
    expect(dates[n]! >= formatAmzDate(Math.floor(previousFailure! / 1000) * 1000)).toBe(true);
  }
  const signatures = requests.map((request) => /Signature=([0-9a-f]+)/.exec(request.headers.authorization ?? '')?.[1]);
  expect(new Set(signatures).size).toBe(attempts);
}

/** The error a call fails with (undefined when it succeeds). */
export const failure = (promise: Promise<unknown>): Promise<BedrockError | undefined> => failureOf<BedrockError>(promise);

/**
 * Reads a stream to its end or its failure: the events delivered, and the error thrown from the iterator.
 * `onEvent` runs after each event is taken (e.g. to move a manual clock once the stream got so far).
 */
export async function drain(
  stream: TextStream,
  onEvent?: (event: StreamEvent, events: readonly StreamEvent[]) => void,
): Promise<{ events: StreamEvent[]; error: BedrockError | undefined; result: GenerateTextResult | undefined }> {
  stream.result.catch(() => undefined);
  stream.text.catch(() => undefined);
  const events: StreamEvent[] = [];
  try {
    for await (const event of stream) {
      events.push(event);
      onEvent?.(event, events);
    }
  } catch (error) {
    return { events, error: error as BedrockError, result: undefined };
  }
  return { events, error: undefined, result: await stream.result };
}

/** Text deltas joined. */
export const textOf = (events: readonly StreamEvent[]): string => joinDeltas(events, 'text-delta');

/** A TCP proxy in front of the emulator that tells who closed each connection. */
export interface SocketWatch {
  /** Point the client here. */
  readonly url: string;
  /** One entry per client connection, in order. */
  readonly connections: readonly WatchedConnection[];
}

export interface WatchedConnection {
  /** Resolves with the side that closed first once the connection is gone. */
  readonly closed: Promise<'client' | 'server'>;
}

/**
 * Starts a transparent TCP proxy to `target` (closed after the file). A
 * connection the client closes first proves the client released its socket.
 */
export function useSocketWatch(target: () => string): { readonly watch: SocketWatch } {
  const state = {} as { watch: SocketWatch };
  const servers: ReturnType<typeof createServer>[] = [];
  const sockets = new Set<Socket>();
  beforeEach(async () => {
    const { hostname, port } = new URL(target());
    const connections: WatchedConnection[] = [];
    const server = createServer((client) => {
      const upstream = connect(Number(port), hostname);
      sockets.add(client).add(upstream);
      let first: 'client' | 'server' | undefined;
      const closed = new Promise<'client' | 'server'>((resolve) => {
        const onClose = (side: 'client' | 'server') => () => {
          first ??= side;
          (side === 'client' ? upstream : client).destroy();
          resolve(first);
        };
        client.once('close', onClose('client'));
        upstream.once('close', onClose('server'));
      });
      client.on('error', () => undefined);
      upstream.on('error', () => undefined);
      client.pipe(upstream);
      upstream.pipe(client);
      connections.push({ closed });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address() as { port: number };
    state.watch = { url: `http://127.0.0.1:${address.port}`, connections };
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
  return state;
}
