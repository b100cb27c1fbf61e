import { ConfigError } from '@bedrock-kit/core';
import type { EventStreamDecoderOptions } from './event-stream-message';
import { DEFAULT_MAX_MESSAGE_BYTES, MAX_UINT32, MINIMUM_FRAME_BYTES } from './wire-format';

/** Validates the `maxMessageBytes` option, applying its default. */
export function resolveMaxMessageBytes(options: EventStreamDecoderOptions | undefined): number {
  const value = options?.maxMessageBytes;
  if (value === undefined) return DEFAULT_MAX_MESSAGE_BYTES;
  if (!Number.isInteger(value) || value < MINIMUM_FRAME_BYTES || value > MAX_UINT32) {
    throw new ConfigError({
      message: `maxMessageBytes must be an integer from ${MINIMUM_FRAME_BYTES} to ${MAX_UINT32}, got ${String(value)}. Omit it for the default of ${DEFAULT_MAX_MESSAGE_BYTES} (16 MiB).`,
    });
  }
  return value;
}
