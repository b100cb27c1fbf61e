/** A request split the way smithy's helpers read it (the shape of smithy's `HttpRequest`). */
export interface HttpRequestToSign {
  method: string;
  protocol: string;
  hostname: string;
  /** As sent on the wire: percent-encoded once. */
  path: string;
  /** Decoded; encoded again while signing. */
  query: Record<string, string | string[]>;
  /** Every header to send, `host` included; none of `authorization`, `x-amz-date`, `date`. */
  headers: Record<string, string>;
  body?: string | Uint8Array;
}
