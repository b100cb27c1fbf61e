import type { BedrockOptions } from '../client/bedrock-options';
import type { CliArguments } from './parse-cli-arguments';

/** Environment variables that hold secrets; their values are redacted from anything the CLI prints. */
export const secretEnvironmentVariables = ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;

/**
 * `createBedrock` options from the flags and the given environment. The
 * environment is passed explicitly (rather than left to the facade's own
 * `process.env` read) so `runCli` honours the `env` it is given; all values
 * come from one source, so the facade's precedence (API key before IAM keys,
 * session token only with its keys) is unchanged.
 */
export function createCliBedrockOptions(
  args: Pick<CliArguments, 'region' | 'endpoint'>,
  env: Record<string, string | undefined>,
  families: BedrockOptions['families'],
): BedrockOptions {
  const read = (name: string) => (env[name] ? env[name] : undefined);
  const options: BedrockOptions = { families };
  const set = <K extends keyof BedrockOptions>(key: K, value: BedrockOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('apiKey', read('AWS_BEARER_TOKEN_BEDROCK'));
  set('accessKeyId', read('AWS_ACCESS_KEY_ID'));
  set('secretAccessKey', read('AWS_SECRET_ACCESS_KEY'));
  set('sessionToken', read('AWS_SESSION_TOKEN'));
  set('region', args.region ?? read('AWS_REGION') ?? read('AWS_DEFAULT_REGION'));
  set('endpoint', args.endpoint ?? read('AWS_ENDPOINT_URL_BEDROCK_RUNTIME') ?? read('AWS_ENDPOINT_URL'));
  return options;
}
