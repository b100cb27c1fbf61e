/** A command line the CLI cannot run (bad flag, missing prompt): exit code 2 with the usage hint. */
export class CliUsageError extends Error {
  override name = 'UsageError';
}
