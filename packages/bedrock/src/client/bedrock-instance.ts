import type { ModelFamily } from '@bedrock-kit/core';
import type { BedrockOptions, CredentialsProvider } from './bedrock-options';
import type { Clock } from '@bedrock-kit/aws-auth';

/** The state one `createBedrock` instance keeps across calls. */
export interface BedrockInstance {
  options: BedrockOptions;
  families: readonly ModelFamily[];
  /** Learned clock offset lives here: per instance, as API.md says. */
  clock: Clock;
  /** `options.credentials` wrapped in the refresh-once cache. */
  credentials: CredentialsProvider | undefined;
}
