/**
 * One typed header value. The wire format has ten type codes; `boolean`
 * covers two of them (true and false carry no value bytes).
 */
export type EventStreamHeaderValue =
  | { type: 'boolean'; value: boolean }
  /** Signed 8-bit integer. */
  | { type: 'byte'; value: number }
  /** Signed 16-bit integer. */
  | { type: 'short'; value: number }
  /** Signed 32-bit integer. */
  | { type: 'integer'; value: number }
  /** Signed 64-bit integer. */
  | { type: 'long'; value: bigint }
  /** At most 65,535 bytes. */
  | { type: 'binary'; value: Uint8Array }
  /** At most 65,535 bytes of UTF-8. */
  | { type: 'string'; value: string }
  /** Milliseconds since the epoch on the wire (signed 64-bit). */
  | { type: 'timestamp'; value: Date }
  /** Canonical `8-4-4-4-12` lowercase hex. */
  | { type: 'uuid'; value: string };

/** One decoded (or to-be-encoded) event-stream message. */
export interface EventStreamMessage {
  /** Headers by name, in wire order. Real Bedrock streams send `:event-type`, `:content-type`, `:message-type`. */
  headers: Record<string, EventStreamHeaderValue>;
  /**
   * The payload bytes. When decoding this is a view into the input (no copy):
   * don't mutate input chunks after handing them to the decoder.
   */
  payload: Uint8Array;
}

/** Options of `decodeEventStreamMessage` and `createEventStreamDecoder`. */
export interface EventStreamDecoderOptions {
  /**
   * Largest frame accepted, in bytes, from 16 up to the 16 MiB limit (it can lower the limit,
   * not raise it); a longer declared length is refused with a `StreamError` (`errorType`
   * `FrameTooLarge`) as soon as the frame's 12-byte prelude arrives, before anything is
   * allocated for it.
   * @default 16777216 (16 MiB, the service's limit: `MAX_EVENT_STREAM_MESSAGE_BYTES`)
   */
  maxMessageBytes?: number;
}
