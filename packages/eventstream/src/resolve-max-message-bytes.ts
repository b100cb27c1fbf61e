import { ConfigError } from '@bedrock-kit/core';
import type { EventStreamDecoderOptions } from './event-stream-message';
import { DEFAULT_MAX_MESSAGE_BYTES, MAX_UINT32, MINIMUM_FRAME_BYTES } from './wire-format';

/** Validates the `maxMessageBytes` option, applying its default. */
export function resolveMaxMessageBytes(options: EventStreamDecoderOptions | undefined): number {
  const value = options?.maxMessageBytes;
  if (value === undefined) return DEFAULT_MAX_MESSAGE_BYTES;
  if (!Number.isInteger(value) || value < MINIMUM_FRAME_BYTES || value > MAX_UINT32) {
    throw new ConfigError({ message: `maxMessageBytes must be an integer from 16 to 4294967295, got ${String(value)}; omit it for 16 MiB.` });
  }
  return value;
}
