/**
 * The hook the transport calls through (`context.telemetry?.startAttempt(…)`): set only when the client has
 * `telemetry`, so a client without it pays for one optional property read per attempt. Its implementation,
 * `telemetry.ts`, is loaded on the first traced call (`import()`), never by a bundle that does not trace.
 */
export interface CallTelemetry {
  /** One child span per HTTP attempt; a repeat of the previous attempt's URL and body counts as a resend. */
  startAttempt(url: string, body: string | Uint8Array): AttemptTelemetry;
}

/** The span of one HTTP attempt: ended with the response, or with the failure of `fetch`. */
export interface AttemptTelemetry {
  end(response: Response | undefined, error?: unknown): void;
}
