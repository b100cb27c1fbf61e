/** Where the command line reads and writes; `process` fits it, tests pass their own. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Read for the prompt whenever it is not a terminal: appended after a prompt argument (`git diff | bedrock-kit "Review"`). */
  stdin?: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  /** Credentials, region and endpoint variables. @default process.env */
  env?: Record<string, string | undefined>;
}
