import { parseEndpoint } from '@bedrock-kit/aws-auth';
import type { BedrockOptions } from '../client/bedrock-options';
import type { CliArguments } from './parse-cli-arguments';

/** Environment variables that hold secrets; their values are redacted from anything the CLI prints. */
export const secretEnvironmentVariables = ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;

/** Where each client setting may come from, most explicit first: a flag, then the variables in order. */
const settingSources: ReadonlyArray<readonly [keyof BedrockOptions, flag: keyof CliArguments | undefined, ...variables: string[]]> = [
  ['apiKey', undefined, 'AWS_BEARER_TOKEN_BEDROCK'],
  ['accessKeyId', undefined, 'AWS_ACCESS_KEY_ID'],
  ['secretAccessKey', undefined, 'AWS_SECRET_ACCESS_KEY'],
  ['sessionToken', undefined, 'AWS_SESSION_TOKEN'],
  ['region', 'region', 'AWS_REGION', 'AWS_DEFAULT_REGION'],
  ['endpoint', 'endpoint', 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME', 'AWS_ENDPOINT_URL'],
];

/**
 * `createBedrock` options from the flags and the given environment. The
 * environment is passed explicitly (rather than left to the facade's own
 * `process.env` read) so `runCli` honours the `env` it is given; all values
 * come from one source, so the facade's precedence (API key before IAM keys,
 * session token only with its keys) is unchanged. Errors about a value name
 * where it came from (`--region`, `AWS_ACCESS_KEY_ID`), not an option of code
 * the user never wrote. An empty variable counts as unset, as in the AWS CLI.
 */
export function createCliBedrockOptions(
  args: Pick<CliArguments, 'region' | 'endpoint'>,
  env: Record<string, string | undefined>,
  families: BedrockOptions['families'],
): BedrockOptions {
  const origins: Record<string, string> = {};
  // A setting nobody gave (the missing half of a key pair) is named by the variable that would give it.
  const options: BedrockOptions = { families, nameSetting: (field, source) => (source === 'instance' && (origins[field] ?? firstVariable(field))) || field };
  for (const [key, flag, ...variables] of settingSources) {
    const flagValue = flag ? (args[flag as 'region' | 'endpoint'] as string | undefined) : undefined;
    const origin = flagValue !== undefined ? `--${flag}` : variables.find((name) => env[name]);
    if (origin === undefined) continue;
    const value = flagValue ?? env[origin]!;
    // The client checks the endpoint in its own terms; a variable's value is checked here, in the variable's.
    if (key === 'endpoint') parseEndpoint(value, origin);
    (options as Record<string, unknown>)[key] = value;
    origins[key] = origin;
  }
  return options;
}

function firstVariable(field: string): string | undefined {
  return settingSources.find(([key]) => key === field)?.[2];
}
