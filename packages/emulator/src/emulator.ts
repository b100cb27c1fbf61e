import type { NativeFamily } from './families/native-family';
import type { AuthResult, EmulatorCredential } from './authenticate-request';
import type { EmulatorClock } from './emulator-clock';
import type { Gate } from './gate';
import type { Route } from './route';
import type { Script } from './script';

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port on 127.0.0.1. @default 0 (a free port) */
  port?: number;
  /** Accepted IAM keys; replaces the defaults. @default [emulatorCredentials, emulatorSessionCredentials] */
  credentials?: EmulatorCredential[];
  /** Accepted Bedrock API keys (`Authorization: Bearer`); replaces the default. @default [emulatorApiKey] */
  apiKeys?: string[];
  /** The region SigV4 credential scopes must name; another region is refused with AWS's 403. @default 'us-east-1' */
  region?: string;
  /** Time source for the signature window, `Date` headers and `receivedAt`. @default Date.now */
  now?: () => number;
  /** Refuse requests without valid auth. When false anything is accepted (and still recorded). @default true */
  requireAuth?: boolean;
  /** The botocore `service-2.json` to validate requests against. @default the copy shipped in `service-model/` */
  serviceModelPath?: string;
  /**
   * Prompt-management templates by prompt ID (the 10 characters after `prompt/` in the ARN), with
   * `{{variable}}` placeholders that Converse `promptVariables` fill. A prompt not listed gets a template
   * naming each variable: `Prompt PROMPT1234: city={{city}}`.
   */
  prompts?: Record<string, string>;
  /**
   * Native InvokeModel bodies to answer besides the built-in families, matched first: a family package
   * teaches the emulator its own body in its own tests, without a change to this package.
   * @example startEmulator({ families: [myFamilyEmulator] }) // a `NativeFamily`
   */
  families?: NativeFamily[];
}

/** A request as the emulator received it. */
export interface RecordedRequest {
  /** 1-based position since start or the last `reset()`. */
  number: number;
  /** The `x-amzn-RequestId` answered. */
  requestId: string;
  method: string;
  /** Request-line target (path and query) as sent. */
  path: string;
  route?: Route;
  /** Model ID, URL-decoded once. */
  modelId?: string;
  /** ApplyGuardrail's path parameters, URL-decoded once. */
  guardrail?: { id: string; version: string };
  /** Lower-case names; repeated headers joined with `,`. */
  headers: Record<string, string>;
  bodyText: string;
  /** The parsed JSON body, when it is JSON. */
  body?: unknown;
  auth: AuthResult;
  /** Emulator clock at arrival, epoch milliseconds. */
  receivedAt: number;
  /** Status answered (0: the connection was dropped before any response); unset while held. */
  status?: number;
  /** Emulator clock when the status line was written (or the connection dropped). */
  respondedAt?: number;
}

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  readonly region: string;
  /** The emulator's clock; `advance()` it to age signatures. */
  readonly clock: EmulatorClock;
  /** Every request received, in order (cleared by `reset()`). */
  readonly requests: RecordedRequest[];
  /** Scripts not yet consumed. */
  readonly pendingScripts: number;
  /** Queues scripts (FIFO; each consumed by one matching request, or `times` requests). */
  enqueue(...scripts: Script[]): void;
  /** A release handle for `holdBeforeFirstByte` / `holdAfterEvents`. */
  gate(): Gate;
  /** Resolves with the `n`-th request (1-based, since the last reset) once it has arrived. */
  waitForRequest(n: number): Promise<RecordedRequest>;
  /** Calls `listener` for each request as it arrives; returns an unsubscribe function. */
  onRequest(listener: (request: RecordedRequest) => void): () => void;
  /** Clears requests, scripts, the cache state and the clock offset; the request counter restarts. */
  reset(): void;
  /** Stops listening and destroys open sockets (held streams included). */
  close(): Promise<void>;
}
