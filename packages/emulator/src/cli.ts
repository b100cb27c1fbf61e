#!/usr/bin/env node
import { startEmulator } from './start-emulator';
import { emulatorApiKey, emulatorCredentials, emulatorSessionCredentials } from './emulator-credentials';

const USAGE = `Usage: bedrock-emulator [--port 4010] [--region us-east-1] [--no-auth]

A local Amazon Bedrock Runtime emulator on 127.0.0.1 (Converse, ConverseStream,
InvokeModel, InvokeModelWithResponseStream, CountTokens, ApplyGuardrail). Accepts the
API key ${emulatorApiKey}, the IAM keys ${emulatorCredentials.accessKeyId} and
${emulatorSessionCredentials.accessKeyId} (with its session token) and short-term API keys
made from them (see the README of @bedrock-kit/emulator).`;

function parseArguments(argv: readonly string[]): { port: number; region?: string; requireAuth: boolean } {
  let port = 4010;
  let region: string | undefined;
  let requireAuth = true;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const [flag, inline] = argument.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') port = Number(value());
    else if (flag === '--region') region = value();
    else if (flag === '--no-auth') requireAuth = false;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown option ${argument}.\n\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer from 0 to 65535.\n\n${USAGE}`);
    process.exit(2);
  }
  return { port, ...(region ? { region } : {}), requireAuth };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const emulator = await startEmulator(options);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  // Handlers first, then the line scripts wait for: a signal right after it must still close cleanly.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Bedrock emulator listening on ${emulator.url}`);
}

main().catch((error: unknown) => {
  console.error(`bedrock-emulator: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
