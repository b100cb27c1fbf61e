import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { answerRequest } from './answer-request';
import { authenticateRequest, type AuthResult, type AuthSettings } from './authenticate-request';
import { addCorsHeaders, answerPreflight } from './cors';
import type { Emulator, EmulatorOptions, RecordedRequest } from './emulator';
import { createEmulatorClock } from './emulator-clock';
import { emulatorApiKey, emulatorCredentials, emulatorSessionCredentials } from './emulator-credentials';
import { createGate } from './gate';
import { loadServiceModel } from './load-service-model';
import { matchRoute } from './route';
import { createScriptQueue } from './script-queue';
import type { RawHeader } from './sigv4/create-canonical-headers';
import { writeAwsError, type Exchange } from './write-response';

/** A UUID-looking request ID built from a counter, so runs are reproducible. */
export function emulatorRequestId(number: number): string {
  return `00000000-0000-4000-8000-${number.toString(16).padStart(12, '0')}`;
}

/**
 * Starts a local Bedrock Runtime emulator on 127.0.0.1.
 * @example
 * const emulator = await startEmulator();
 * emulator.enqueue({ error: { type: 'ThrottlingException' } });
 * // … call `${emulator.url}/model/…/converse` …
 * await emulator.close();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = createEmulatorClock(options.now);
  const model = loadServiceModel(options.serviceModelPath);
  const region = options.region ?? 'us-east-1';
  const auth: AuthSettings = {
    credentials: options.credentials ?? [emulatorCredentials, emulatorSessionCredentials],
    apiKeys: options.apiKeys ?? [emulatorApiKey],
    region,
    requireAuth: options.requireAuth ?? true,
    now: clock.now,
  };
  const queue = createScriptQueue();
  const prompts = { ...options.prompts };
  const families = [...(options.families ?? [])];
  const replyState = { cachedPrefixes: new Set<string>() };
  const requests: RecordedRequest[] = [];
  const listeners = new Set<(request: RecordedRequest) => void>();
  const sockets = new Set<Socket>();
  let counter = 0;

  const record = (request: RecordedRequest) => {
    requests.push(request);
    for (const listener of [...listeners]) listener(request);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    response.sendDate = false;
    addCorsHeaders(request, response);
    if (request.method === 'OPTIONS') return answerPreflight(request, response);
    const body = await readBody(request);
    const number = ++counter;
    const target = request.url ?? '/';
    const path = target.split('?')[0]!;
    const route = matchRoute(request.method ?? 'GET', path);
    const rawHeaders = pairHeaders(request.rawHeaders);
    const authResult: AuthResult = route
      ? authenticateRequest({ method: request.method ?? 'GET', target, rawHeaders, body }, auth)
      : { ok: true, scheme: 'none' };
    const bodyText = Buffer.from(body).toString('utf8');
    const recorded: RecordedRequest = {
      number,
      requestId: emulatorRequestId(number),
      method: request.method ?? 'GET',
      path: target,
      ...(route ? { route: route.route, ...(route.guardrail ? { guardrail: route.guardrail } : { modelId: route.modelId }) } : {}),
      headers: joinHeaders(rawHeaders),
      bodyText,
      ...parseJson(bodyText),
      auth: authResult,
      receivedAt: clock.now(),
    };
    let aborted = false;
    const exchange: Exchange = {
      response,
      requestId: recorded.requestId,
      now: clock.now,
      aborted: new Promise((resolve) =>
        response.once('close', () => {
          if (!response.writableFinished) aborted = true;
          resolve();
        }),
      ),
      isAborted: () => aborted || response.destroyed,
      extraHeaders: {},
      onRespond(status) {
        recorded.status = status;
        recorded.respondedAt = clock.now();
      },
    };
    record(recorded);
    if (!route) {
      return writeAwsError(exchange, { status: 404, type: 'UnknownOperationException', message: `Unknown operation: ${recorded.method} ${path}` });
    }
    if (!authResult.ok) return writeAwsError(exchange, authResult.error!);
    const script = queue.take(route.route, route.modelId);
    exchange.extraHeaders = script?.headers ?? {};
    if (script) exchange.transport = script;
    await answerRequest(exchange, { ...recorded, route: route.route, modelId: route.modelId }, script, { clock, model, replyState, prompts, families });
  };

  const server = createServer({ noDelay: true, keepAliveTimeout: 5000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A client gone mid-request (or a bug) must not take the test process down.
      if (response.headersSent || response.destroyed) return void response.destroy();
      response.writeHead(500, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'InternalServerException' });
      response.end(JSON.stringify({ message: `The bedrock-kit emulator failed: ${(error as Error)?.message ?? String(error)}` }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    region,
    clock,
    requests,
    get pendingScripts() {
      return queue.size;
    },
    enqueue(...scripts) {
      for (const script of scripts) queue.push(script);
    },
    gate: createGate,
    waitForRequest(n) {
      const found = requests[n - 1];
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const listener = () => {
          const request = requests[n - 1];
          if (!request) return;
          listeners.delete(listener);
          resolve(request);
        };
        listeners.add(listener);
      });
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      requests.length = 0;
      queue.clear();
      replyState.cachedPrefixes.clear();
      clock.reset();
      counter = 0;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

function readBody(request: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

function pairHeaders(raw: readonly string[]): RawHeader[] {
  const out: RawHeader[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}

function joinHeaders(headers: readonly RawHeader[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]},${value}`;
  }
  return out;
}

function parseJson(text: string): { body?: unknown } {
  if (text === '') return {};
  try {
    return { body: JSON.parse(text) };
  } catch {
    return {};
  }
}
