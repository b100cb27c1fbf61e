import { runCli } from './run-cli';

// The `bedrock-kit` bin: everything testable lives in runCli.
process.exitCode = await runCli(process.argv.slice(2), process);
