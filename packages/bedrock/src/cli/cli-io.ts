/** Where the command line reads and writes; `process` fits it, tests pass their own. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Read for the prompt when no prompt argument is given and it is not a terminal. */
  stdin?: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  /** Credentials, region and endpoint variables. @default process.env */
  env?: Record<string, string | undefined>;
}
