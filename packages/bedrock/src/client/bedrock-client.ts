import type { BedrockInstance } from './bedrock-instance';

/**
 * A configured client: options, auth and transport, no calls. Pass it to the
 * calls (`generateText(client, request)`, `streamText`, `generateObject`):
 * a bundle then carries only the calls it imports. A `Bedrock` is one too.
 */
export interface BedrockClient {
  /** The client's state, read by the calls. Not for callers: its shape may change in any release. */
  readonly '~bedrock': BedrockInstance;
}
