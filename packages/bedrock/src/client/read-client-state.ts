import { ConfigError } from '@bedrock-kit/core';
import type { BedrockClient } from './bedrock-client';
import type { BedrockInstance } from './bedrock-instance';

/** The state of a client a call was given; anything else is a `ConfigError` before any work. */
export function readClientState(client: BedrockClient): BedrockInstance {
  const state = (client as Partial<BedrockClient> | null | undefined)?.['~bedrock'];
  if (!state) {
    throw new ConfigError({ message: 'A call takes a client from createBedrockClient() or createBedrock() first.' });
  }
  return state;
}
