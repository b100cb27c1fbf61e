import { BedrockError } from '@bedrock-kit/core';

/** A raw failure of `fetch` or of reading a body, tagged where it happened so that `classifyFailure` alone types it. */
export class NetworkFailure {
  constructor(readonly cause: unknown) {}
}

/** Passes a typed error through (a malformed frame, a service exception); tags anything else as a network failure. */
export function tagNetworkFailure(error: unknown): unknown {
  return BedrockError.isInstance(error) ? error : new NetworkFailure(error);
}
