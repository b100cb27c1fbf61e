import { request as httpRequest, type Agent as HttpAgent, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { createNodeHttpAgent } from './node-http-agent';

/** Options of {@link createNodeHttpFetch}. */
export interface NodeHttpFetchOptions {
  /** Agent for `http:` URLs. @default a keep-alive `http.Agent` ({@link createNodeHttpAgent}), created on first use */
  httpAgent?: HttpAgent;
  /** Agent for `https:` URLs. @default a keep-alive `https.Agent` ({@link createNodeHttpAgent}), created on first use */
  httpsAgent?: HttpsAgent;
}

/** Statuses whose response has no body (Fetch standard "null body status"). */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * A `fetch` for Node built on `node:http` / `node:https`, for
 * `createBedrock({ fetch: nodeHttpFetch })`: it holds less memory per open
 * stream than undici's `fetch` (docs/decisions/0012-node-http-transport.md,
 * BENCHMARKS.md "Transport in Node"). Node only: never imported by the
 * browser or Worker entries.
 *
 * What it does of `fetch`: method, headers, a string / bytes body, `signal`
 * (rejects with its reason; mid-body it errors the body and closes the
 * socket), `redirect`: a 3xx is always returned as it is, never followed
 * (`'error'` rejects it); the response's `status`, `statusText`, `ok`,
 * `headers` (a `Headers`), `body` (a `ReadableStream<Uint8Array>` read on
 * demand: the socket is paused while the reader does not read), `text()`,
 * `json()`, `arrayBuffer()`, `bytes()`. It sends no `Accept-Encoding` of its
 * own (the AWS SDK asks for none either); a gzip, deflate or br body is
 * decoded as it is read, chunk by chunk, never ahead of the reader.
 * Network failures reject with `TypeError('fetch failed', { cause })`, like
 * undici.
 *
 * @example
 * ```ts
 * import { createBedrock } from '@bedrock-kit/bedrock';
 * import { nodeHttpFetch } from '@bedrock-kit/bedrock/node-http-fetch';
 * const bedrock = createBedrock({ families: [anthropic], fetch: nodeHttpFetch });
 * ```
 */
export const nodeHttpFetch: typeof fetch = (input, init) => (defaultFetch ??= createNodeHttpFetch())(input, init);
let defaultFetch: typeof fetch | undefined;

/** A {@link nodeHttpFetch} with agents of your own (socket limits, TLS options, a test's socket count). */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): typeof fetch {
  let { httpAgent, httpsAgent } = options;
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = await readRequest(input, init);
    const agent = request.url.protocol === 'https:' ? (httpsAgent ??= createNodeHttpAgent('https:') as HttpsAgent) : (httpAgent ??= createNodeHttpAgent('http:'));
    return send(request, agent);
  }) as typeof fetch;
}

interface OutgoingRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | string | undefined;
  signal: AbortSignal | null | undefined;
  redirect: RequestRedirect | undefined;
}

async function readRequest(input: RequestInfo | URL, init: RequestInit): Promise<OutgoingRequest> {
  const fromRequest = typeof input === 'object' && 'url' in input && !(input instanceof URL) ? input : undefined;
  const url = new URL(fromRequest ? fromRequest.url : String(input));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
  // `Headers` validates names and values (CR, LF, NUL are a TypeError, as in fetch).
  const headers: Record<string, string> = {};
  new Headers(init.headers ?? fromRequest?.headers).forEach((value, name) => (headers[name] = value));
  let body: Uint8Array | string | undefined;
  const rawBody = init.body ?? (fromRequest?.body ? new Uint8Array(await fromRequest.arrayBuffer()) : undefined);
  if (typeof rawBody === 'string') body = rawBody;
  else if (rawBody instanceof ArrayBuffer) body = new Uint8Array(rawBody);
  else if (ArrayBuffer.isView(rawBody)) body = new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  else if (rawBody != null) throw new TypeError('nodeHttpFetch sends a string or bytes body only');
  if (body !== undefined) headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  return {
    url,
    method: (init.method ?? fromRequest?.method ?? 'GET').toUpperCase(),
    headers,
    body,
    signal: init.signal ?? fromRequest?.signal,
    redirect: init.redirect ?? fromRequest?.redirect,
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function send({ url, method, headers, body, signal, redirect }: OutgoingRequest, agent: HttpAgent): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    let request: ClientRequest;
    try {
      request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method, headers, agent });
    } catch (cause) {
      return reject(new TypeError('fetch failed', { cause }));
    }
    const exchange = new Exchange(request, signal, reject);
    const href = url.href;
    request.once('response', (response) => {
      const status = response.statusCode ?? 0;
      if (redirect === 'error' && redirectStatuses.has(status)) {
        exchange.stop();
        request.destroy();
        return reject(new TypeError('fetch failed', { cause: new Error(`unexpected redirect (HTTP ${status})`) }));
      }
      const responseHeaders = new Headers();
      const raw = response.rawHeaders;
      try {
        for (let index = 0; index < raw.length; index += 2) responseHeaders.append(raw[index]!, raw[index + 1]!);
      } catch (cause) {
        // A header Node's parser let through but `Headers` refuses: a network error, as in fetch (a throw here would be uncaught).
        exchange.stop();
        request.destroy();
        return reject(new TypeError('fetch failed', { cause }));
      }
      let responseBody: ReadableStream<Uint8Array> | null = null;
      if (method === 'HEAD' || nullBodyStatuses.has(status)) {
        exchange.stop();
        response.resume();
      } else {
        responseBody = new ReadableStream(exchange.readBody(response, responseHeaders.get('content-encoding')));
      }
      resolve(new NodeHttpResponse(status, response.statusMessage ?? '', responseHeaders, responseBody, href) as unknown as Response);
    });
    request.end(body);
  });
}

/** The decoder for a `Content-Encoding` fetch decodes, if any (same lenient flush as undici: a cut gzip tail is not an error). */
function createDecoder(encoding: string | null): Transform | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
    case 'deflate':
      return createInflate({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
    case 'br':
      return createBrotliDecompress({ flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH });
    default:
      return undefined;
  }
}

/**
 * One request in flight, then the source of its response body: a web stream
 * read on demand. A chunk is taken from the socket (or the decoder) only when
 * the reader asks, and the source is paused otherwise, so an unread stream
 * stops the socket (TCP backpressure). An abort, before or during the body,
 * destroys the socket; so does ending the body early (a half-read socket is
 * never reused); reading it to the end returns the socket to the agent's
 * keep-alive pool. A class with few closures: one is held per open stream
 * (bench: `npm run bench -- --only concurrency`, decision 0012).
 */
class Exchange implements UnderlyingDefaultSource<Uint8Array> {
  private onAbort: (() => void) | undefined;
  private source: Readable | undefined;
  private decoder: Transform | undefined;
  private controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  private finished = false;

  constructor(
    private readonly request: ClientRequest,
    private readonly signal: AbortSignal | null | undefined,
    reject: (reason: unknown) => void,
  ) {
    if (signal) {
      this.onAbort = () => {
        const reason = abortReason(signal);
        this.finish(reason);
        request.destroy();
        reject(reason);
      };
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
    // `on`, not `once`: a socket may report more than one error, and an unheard one would crash the process.
    request.on('error', (cause) => {
      this.stop();
      reject(signal?.aborted ? abortReason(signal) : new TypeError('fetch failed', { cause }));
    });
  }

  /** Done with the request: the signal no longer concerns it. */
  stop(): void {
    if (this.onAbort) this.signal?.removeEventListener('abort', this.onAbort);
    this.onAbort = undefined;
  }

  /** This exchange as the underlying source of the response's body. */
  readBody(response: IncomingMessage, encoding: string | null): this {
    this.decoder = createDecoder(encoding);
    // pipeline destroys the decoder with any error of the response (a cut connection included).
    if (this.decoder) pipeline(response, this.decoder, () => {});
    this.source = this.decoder ?? response;
    return this;
  }

  start(controller: ReadableStreamDefaultController<Uint8Array>): void {
    this.controller = controller;
    const source = this.source!;
    source.on('data', (chunk: Buffer) => this.push(chunk));
    source.once('end', () => this.finish());
    source.on('error', (cause) => this.finish(new TypeError('terminated', { cause })));
    source.once('close', () => this.finish(new TypeError('terminated', { cause: new Error('the connection closed before the body ended') })));
    source.pause();
  }

  pull(): void {
    this.source!.resume();
  }

  cancel(): void {
    this.finished = true;
    this.stop();
    this.request.destroy();
    this.decoder?.destroy();
  }

  private push(chunk: Buffer): void {
    const { controller } = this;
    if (this.finished || !controller) return;
    // A plain Uint8Array view (no copy), as fetch gives: Buffer's slice() shares memory where Uint8Array's copies.
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((controller.desiredSize ?? 0) <= 0) this.source!.pause();
  }

  /** Ends the body (or errors it with `error`), once; before the body exists, does nothing. */
  private finish(error?: unknown): void {
    const { controller } = this;
    if (this.finished || !controller) return;
    this.finished = true;
    this.stop();
    if (error === undefined) controller.close();
    else controller.error(error);
  }
}

/**
 * The `Response` of {@link nodeHttpFetch}: the members a `fetch` caller
 * reads, on one small object per response (undici's `Response` costs more
 * per open stream; see the benchmark in decision 0012).
 */
class NodeHttpResponse {
  readonly type = 'basic';
  readonly redirected = false;
  private used = false;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    readonly body: ReadableStream<Uint8Array> | null,
    readonly url: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  async bytes(): Promise<Uint8Array> {
    if (this.used || this.body?.locked) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    if (!this.body) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = this.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      length += next.value.byteLength;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer as ArrayBuffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  get [Symbol.toStringTag](): string {
    return 'Response';
  }
}
