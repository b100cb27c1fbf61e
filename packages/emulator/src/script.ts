import type { Gate } from './gate';
import type { GuardrailScript } from './guardrail/assess-guardrail';
import type { ReplyScript } from './reply';
import type { Route } from './route';

/**
 * The part of a recorded exchange the emulator replays; `RecordedExchange`
 * from `readCassette` (test-utils) fits it.
 */
export interface RecordedExchangeLike {
  response: {
    status: number;
    headers: Record<string, string[]>;
    body: Uint8Array;
    /** Used when `body` is empty (the pydantic-ai cassettes keep JSON bodies parsed). */
    parsedBody?: unknown;
  };
}

/** An HTTP error answer, as the service sends it (`x-amzn-ErrorType` header, `{"message"}` body). */
export interface ErrorScript {
  /** `x-amzn-ErrorType`, e.g. `ThrottlingException`. */
  type: string;
  /** @default the shape's status in the service model (429 for ThrottlingException, …), else 400 */
  status?: number;
  /** @default a realistic message for the type */
  message?: string;
  /** Sent as the `retry-after` header. */
  retryAfter?: number | string;
  /** Appended to the error type header after `:`, as AWS sometimes does (e.g. `http://internal.amazon.com/coral/com.amazon.bedrock/`). */
  typeSuffix?: string;
}

/** An exception frame sent in place of the rest of a stream. */
export interface StreamExceptionScript {
  /** Normal frames written before the exception. */
  afterEvents: number;
  /** `:exception-type`, e.g. `throttlingException`, `modelStreamErrorException`. */
  type: string;
  /** @default a realistic message for the type */
  message?: string;
  /** Extra payload fields (e.g. `originalStatusCode` for `modelStreamErrorException`). */
  fields?: Record<string, unknown>;
}

/** A hold in the middle of a stream. */
export interface HoldScript {
  /** Frames written before holding. */
  afterEvents: number;
  gate: Gate;
}

/** A raw HTTP answer, written exactly. */
export interface RawResponseScript {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** A redirect answer (the client must not follow it: the AWS SDK never does). */
export interface RedirectScript {
  /** @default 307 */
  status?: 301 | 302 | 303 | 307 | 308;
  /** The `Location` header, e.g. `https://attacker.example/steal`. */
  location: string;
}

/** A gzip body that inflates far beyond its size. */
export interface GzipBombScript {
  /** Bytes after inflation (spaces). @default 268435456 (256 MiB, about 250 KB compressed) */
  inflatedBytes?: number;
  /** @default 200 */
  status?: number;
}

/** An error answer whose `{"message"}` body is `bytes` long (streamed, never held in memory). */
export interface LargeErrorScript {
  /** Total body length in bytes. */
  bytes: number;
  /** `x-amzn-ErrorType`. @default 'InternalServerException' */
  type?: string;
  /** @default the type's status in the service model (500 for InternalServerException) */
  status?: number;
}

/** Floods a stream with tiny valid frames (ConverseStream: empty text deltas; native: Anthropic-style `ping` chunks). */
export interface TinyFramesScript {
  /** How many (the bound: "endless" for a client, finite for the emulator). */
  count: number;
  /** Normal frames written before the flood; the rest of the stream follows it. @default 1 */
  afterEvents?: number;
}

/** An event-stream frame whose prelude declares a huge length; its bytes follow lazily. */
export interface OversizedFrameScript {
  /** The frame's total length as its prelude declares it (e.g. 17 MiB, past a 16 MiB frame limit). */
  declaredBytes: number;
  /** Normal frames written before it. @default 1 */
  afterEvents?: number;
}

/**
 * One scripted behaviour, consumed by one request (FIFO among scripts whose
 * `match` fits). The outcome is the first of `redirect`, `gzipBomb`,
 * `largeError`, `error`, `raw`, `recorded`, `rawFrames`, `reply`, else the
 * default answer; the other fields shape how and when it is written.
 */
export interface Script {
  /** Only requests that match consume this script. */
  match?: { route?: Route | Route[]; modelId?: string | RegExp };
  /** Serve this script to this many matching requests. @default 1 */
  times?: number;

  error?: ErrorScript;
  raw?: RawResponseScript;
  /** Replays a recorded exchange's status, headers and exact body bytes (streams frame by frame). */
  recorded?: RecordedExchangeLike;
  /** Stream routes: these exact frames (e.g. corrupted ones) instead of the answer's. */
  rawFrames?: Uint8Array[];
  /** Custom answer content, rendered for the route and model family. */
  reply?: ReplyScript;
  /**
   * A guardrail outcome (model routes and ApplyGuardrail): intervene on the input or the output, or
   * pass. Without it a request naming a guardrail intervenes when it contains `GUARDRAIL_TRIGGER`.
   */
  guardrail?: GuardrailScript;

  /** Transport fault: a 3xx with `Location` instead of the answer. */
  redirect?: RedirectScript;
  /** Transport fault: a small gzip body (`Content-Encoding: gzip`) that inflates huge. */
  gzipBomb?: GzipBombScript;
  /** Transport fault: an error body of N bytes. */
  largeError?: LargeErrorScript;
  /** Compress the answer (`Content-Encoding: gzip`; streams flushed frame by frame). */
  gzip?: boolean;
  /** Cut the (non-stream) body after this many bytes; `Content-Length` matches, so the body ends cleanly but is invalid JSON. */
  truncateBody?: number;
  /** Non-stream routes: write the status line and headers, then hold the body until `gate.release()`. */
  holdAfterHeaders?: Gate;
  /** Shift the `Date` header by this much from the emulator clock (a server clock far off), without touching the signature check. */
  dateOffsetMs?: number;
  /**
   * Stream routes: end the stream cleanly after N frames; `'before-stop'` ends it just before the stop event
   * (ConverseStream `messageStop`; native: the last chunk, which carries the stop reason and metrics).
   */
  endAfterEvents?: number | 'before-stop';
  /** Stream routes: a bounded flood of tiny frames. */
  tinyFrames?: TinyFramesScript;
  /**
   * Stream routes: after N frames, a frame prelude (valid CRC) declaring `declaredBytes`, then that many bytes
   * sent with back-pressure (zeros; the message CRC is wrong) — a client with a frame limit must fail on the
   * prelude, before the bytes arrive; the stream then ends.
   */
  oversizedFrame?: OversizedFrameScript;

  /** Added to every response's headers. */
  headers?: Record<string, string>;
  /** Hold before the status line is written (any route). */
  holdBeforeFirstByte?: Gate;
  /** Stream routes: hold after N frames. */
  holdAfterEvents?: HoldScript;
  /** Stream routes: send an exception frame after N frames and end the stream. */
  exceptionAfterEvents?: StreamExceptionScript;
  /**
   * Drop the connection: stream routes after the headers and N frames; other
   * routes before any response byte.
   */
  resetAfterEvents?: number;
  /** `'close'` ends the socket without the closing chunk (deterministic: every byte written arrives); `'rst'` sends a TCP RST. @default 'close' */
  resetMode?: 'close' | 'rst';
  /** Moves the emulator clock forward just before the signature window is checked, i.e. just before responding. */
  advanceClockMs?: number;
  /**
   * Emulated time the model takes to generate the answer, as the service behaves: a non-streaming route
   * answers after it (the clock moves before the signature check, so a SigV4 request older than five
   * minutes then fails "Signature expired" although it was fresh when sent); a stream route answers at
   * once and the clock moves after the first frame (the signature was checked when the stream started).
   */
  generationMs?: number;
}
