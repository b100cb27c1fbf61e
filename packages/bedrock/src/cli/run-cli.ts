import { createBedrock } from '../create-bedrock';
import type { GenerateTextRequest } from '../request/generate-text-request';
import type { CliIo } from './cli-io';
import { cliUsage } from './cli-usage';
import { CliUsageError } from './cli-usage-error';
import { createCliBedrockOptions, secretEnvironmentVariables } from './create-cli-bedrock-options';
import { formatCliError } from './format-cli-error';
import { listCliFamilies } from './list-cli-families';
import { parseCliArguments } from './parse-cli-arguments';
import { printGeneratedText } from './print-generated-text';
import { printStreamedText } from './print-streamed-text';
import { readCliPrompt } from './read-cli-prompt';

declare const __BEDROCK_KIT_VERSION__: string | undefined;

/**
 * Runs `bedrock-kit` with `argv` (the arguments after the script path) and
 * resolves to the exit code: 0 success, 1 the call failed, 2 usage error.
 * Never throws; errors are printed to `stderr` as `error: <Name>: <message>`.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), process);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const secrets = secretEnvironmentVariables.map((name) => env[name] ?? '');
  try {
    const args = parseCliArguments(argv);
    if (args.help) {
      io.stdout.write(`${cliUsage}\nModel families: ${listCliFamilies().map((family) => family.name).join(', ')} (other models go through Converse).\n`);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${typeof __BEDROCK_KIT_VERSION__ === 'string' ? __BEDROCK_KIT_VERSION__ : 'dev'}\n`);
      return 0;
    }
    const prompt = await readCliPrompt(args.prompt, io.stdin);
    const bedrock = createBedrock(createCliBedrockOptions(args, env, listCliFamilies()));
    const request: GenerateTextRequest = { model: args.model, prompt };
    if (args.system !== undefined) request.system = args.system;
    if (args.maxTokens !== undefined) request.maxTokens = args.maxTokens;
    await (args.stream ? printStreamedText : printGeneratedText)(bedrock, request, args.json, io);
    return 0;
  } catch (error) {
    io.stderr.write(formatCliError(error, secrets));
    if (error instanceof CliUsageError) {
      io.stderr.write('Run bedrock-kit --help for usage.\n');
      return 2;
    }
    return 1;
  }
}
