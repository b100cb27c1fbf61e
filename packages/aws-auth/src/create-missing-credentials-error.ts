import { ConfigError } from '@bedrock-kit/core';

/**
 * The error for "no credentials anywhere": names the options and environment variables that
 * would work. `hasEnvironment` is false where there is no `process.env` (browsers, Workers),
 * which the message points out because the environment variables cannot help there.
 */
export function createMissingCredentialsError(hasEnvironment: boolean): ConfigError {
  return new ConfigError({
    message:
      'No credentials for Amazon Bedrock: set providerOptions.apiKey, createBedrock({ apiKey }), createBedrock({ accessKeyId, secretAccessKey }), ' +
      "createBedrock({ credentials }) (e.g. fromNodeProviderChain()), putKey('aws_bedrock', …), AWS_BEARER_TOKEN_BEDROCK or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY." +
      (hasEnvironment ? '' : ' This runtime has no process.env.'),
  });
}
