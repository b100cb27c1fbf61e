import { ConfigError } from '@bedrock-kit/core';
import type { EventStreamDecoderOptions } from './event-stream-message';
import { DEFAULT_MAX_MESSAGE_BYTES, MAX_EVENT_STREAM_MESSAGE_BYTES, MINIMUM_FRAME_BYTES } from './wire-format';

/** Validates the `maxMessageBytes` option, applying its default. It may lower the 16 MiB limit, never raise it. */
export function resolveMaxMessageBytes(options: EventStreamDecoderOptions | undefined): number {
  const value = options?.maxMessageBytes;
  if (value === undefined) return DEFAULT_MAX_MESSAGE_BYTES;
  if (!Number.isInteger(value) || value < MINIMUM_FRAME_BYTES || value > MAX_EVENT_STREAM_MESSAGE_BYTES) {
    throw new ConfigError({
      message: `maxMessageBytes must be an integer from 16 to ${MAX_EVENT_STREAM_MESSAGE_BYTES} (16 MiB, the service's limit), got ${String(value)}; omit it for 16 MiB.`,
    });
  }
  return value;
}
