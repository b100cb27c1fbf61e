import { ConfigError } from '@bedrock-kit/core';

/**
 * The error for "no credentials anywhere": names the settings and environment variables that
 * would work, generically (a caller may add its own option names). `hasEnvironment` is false
 * where there is no `process.env` (browsers, Workers), which the message points out because the
 * environment variables cannot help there.
 */
export function createMissingCredentialsError(hasEnvironment: boolean): ConfigError {
  return new ConfigError({
    message:
      'No credentials for Amazon Bedrock: pass apiKey, accessKeyId + secretAccessKey, or credentials (a provider such as fromNodeProviderChain()), ' +
      "or store them with putKey('aws_bedrock', …), or set AWS_BEARER_TOKEN_BEDROCK or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY." +
      (hasEnvironment ? '' : ' This runtime has no process.env.'),
  });
}
