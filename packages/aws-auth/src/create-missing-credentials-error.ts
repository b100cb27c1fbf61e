import { ConfigError } from '@bedrock-kit/core';

/**
 * The error for "no credentials anywhere": lists every option and environment variable that
 * would work. `hasEnvironment` is false where there is no `process.env` (browsers, Workers),
 * which the message points out because the environment variables cannot help there.
 */
export function createMissingCredentialsError(hasEnvironment: boolean): ConfigError {
  return new ConfigError({
    message:
      'No credentials for Amazon Bedrock. Set one of: providerOptions.apiKey; createBedrock({ apiKey }); ' +
      'createBedrock({ accessKeyId, secretAccessKey, sessionToken? }) or the same in providerOptions; ' +
      'createBedrock({ credentials }) with a provider such as fromNodeProviderChain() from @aws-sdk/credential-providers (profiles, SSO, roles); ' +
      "putKey('aws_bedrock', { apiKey } or { accessKeyId, secretAccessKey }); AWS_BEARER_TOKEN_BEDROCK; " +
      'or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN).' +
      (hasEnvironment ? '' : ' This runtime has no process.env, so environment variables are not read here.'),
  });
}
