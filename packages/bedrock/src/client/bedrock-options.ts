import type { NameSetting } from '@bedrock-kit/aws-auth';
import type { ModelFamily } from '@bedrock-kit/core';
import type { TelemetryOptions } from './telemetry-options';

/** An AWS-SDK-compatible credentials provider (e.g. `fromIni()` from `@aws-sdk/credential-providers`). */
export type CredentialsProvider = () => Promise<{
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}>;

/** Watchdog timeouts in milliseconds. `firstByteMs` and `idleMs` apply to streams (on by default); `generateText` gets only `totalMs`. */
export interface TimeoutOptions {
  /** Time from sending until the first response byte of a stream. @default 60000 */
  firstByteMs?: number;
  /** Longest gap between two stream frames. @default 60000 */
  idleMs?: number;
  /** Whole call, any API. @default off */
  totalMs?: number;
}

/** Options of `createBedrock`. All optional. */
export interface BedrockOptions {
  /** The model families this instance can use natively. Only these are bundled. @default [] (Converse only) */
  families?: ModelFamily[];
  /** AWS region. @default providerOptions.region, key store, AWS_REGION, AWS_DEFAULT_REGION, 'us-east-1' */
  region?: string;
  /** Bedrock API key, sent as `Authorization: Bearer`. Env: AWS_BEARER_TOKEN_BEDROCK */
  apiKey?: string;
  /** IAM access key ID. Env: AWS_ACCESS_KEY_ID */
  accessKeyId?: string;
  /** IAM secret access key. Env: AWS_SECRET_ACCESS_KEY */
  secretAccessKey?: string;
  /** STS session token, used with `accessKeyId` / `secretAccessKey`. */
  sessionToken?: string;
  /** A credentials provider; cached until 5 minutes before its `expiration`. */
  credentials?: CredentialsProvider;
  /** Base URL. Env: AWS_ENDPOINT_URL_BEDROCK_RUNTIME, AWS_ENDPOINT_URL. @default https://bedrock-runtime.{region}.amazonaws.com */
  endpoint?: string;
  /** The fetch to use. @default in Node, `nodeHttpFetch` (node:http, decision 0012); elsewhere globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Retries after the first attempt for retryable failures. @default 2 */
  maxRetries?: number;
  timeout?: TimeoutOptions;
  /** OpenTelemetry tracing: a span per call and per HTTP attempt (GenAI semantic conventions). @default off */
  telemetry?: TelemetryOptions;
  /** @internal Injectable clock (tests). @default Date.now */
  now?: () => number;
  /**
   * @internal How errors name a setting of these options or `providerOptions`: the CLI names the flag or
   * environment variable a value came from (`--region`, `AWS_ACCESS_KEY_ID`). @default aws-auth's wording
   */
  nameSetting?: NameSetting;
  /** @internal Backoff jitter source in [0, 1) (tests pass `() => 0` for instant, deterministic retries). @default Math.random */
  random?: () => number;
}
