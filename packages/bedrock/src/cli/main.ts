import { exitOnClosedStdout } from './exit-on-closed-stdout';
import { runCli } from './run-cli';

// The `bedrock-kit` bin: everything testable lives in runCli.
exitOnClosedStdout(process);
process.exitCode = await runCli(process.argv.slice(2), process);
