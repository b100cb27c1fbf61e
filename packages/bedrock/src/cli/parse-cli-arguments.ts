import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-usage-error';
import { defaultCliModel } from './cli-usage';

/** What the command line asks for. */
export interface CliArguments {
  help: boolean;
  version: boolean;
  model: string;
  stream: boolean;
  json: boolean;
  system?: string;
  maxTokens?: number;
  region?: string;
  endpoint?: string;
  /** The positional words joined by spaces; `undefined` when none were given (read stdin). */
  prompt?: string;
}

/** Parses `argv` (without the node and script paths); a bad command line is a `CliUsageError`. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        model: { type: 'string', short: 'm' },
        stream: { type: 'boolean', short: 's' },
        json: { type: 'boolean' },
        system: { type: 'string' },
        'max-tokens': { type: 'string' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const model = values.model !== undefined ? nonEmpty(values.model, '--model') : defaultCliModel;
  return {
    help: values.help ?? false,
    version: values.version ?? false,
    model,
    stream: values.stream ?? false,
    json: values.json ?? false,
    ...(values.system !== undefined ? { system: nonEmpty(values.system, '--system', false) } : {}),
    ...(values['max-tokens'] !== undefined ? { maxTokens: parseMaxTokens(values['max-tokens']) } : {}),
    ...(values.region !== undefined ? { region: nonEmpty(values.region, '--region') } : {}),
    ...(values.endpoint !== undefined ? { endpoint: parseEndpoint(values.endpoint) } : {}),
    ...(positionals.length > 0 ? { prompt: positionals.join(' ') } : {}),
  };
}

function parseMaxTokens(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliUsageError(`--max-tokens must be a whole number ≥ 1; got "${value}".`);
  }
  return n;
}

function parseEndpoint(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new CliUsageError(`--endpoint must be an http(s) URL such as https://bedrock-runtime.us-east-1.amazonaws.com; got "${value}".`);
}

/** An empty value is a usage error, never a silent default (`--model ""` from an unset shell variable). */
function nonEmpty(value: string, flag: string, trim = true): string {
  if (value.trim() === '') throw new CliUsageError(`${flag} needs a value; got an empty one.`);
  return trim ? value.trim() : value;
}
