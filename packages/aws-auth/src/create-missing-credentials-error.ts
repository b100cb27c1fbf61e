import { ConfigError } from '@bedrock-kit/core';

/**
 * The error for "no credentials anywhere": lists every option and environment variable that
 * would work. `hasEnvironment` is false where there is no `process.env` (browsers, Workers),
 * which the message points out because the environment variables cannot help there.
 */
export function createMissingCredentialsError(hasEnvironment: boolean): ConfigError {
  return new ConfigError({
    message:
      'No credentials for Amazon Bedrock. Set one of: ' +
      'providerOptions.apiKey (per call); ' +
      'createBedrock({ apiKey }); ' +
      'createBedrock({ accessKeyId, secretAccessKey, sessionToken? }) or the same keys in providerOptions; ' +
      "createBedrock({ credentials }) with a credentials provider function (e.g. fromNodeProviderChain() from @aws-sdk/credential-providers, for profiles, SSO and instance roles); " +
      "putKey('aws_bedrock', { apiKey } or { accessKeyId, secretAccessKey }); " +
      'the environment variable AWS_BEARER_TOKEN_BEDROCK; ' +
      'or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN).' +
      (hasEnvironment ? '' : ' (This runtime has no process.env, so environment variables are not read here.)'),
  });
}
