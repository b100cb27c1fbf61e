/** What `exitOnClosedStdout` needs of `process`: its stdout's error events and `exit`. */
export interface ClosableStdoutProcess {
  stdout: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown };
  exit(code: number): void;
}

/**
 * `bedrock-kit --stream … | head` closes the pipe while the answer is still
 * arriving; the next write fails with EPIPE, which Node would report as an
 * uncaught exception. Stop quietly with 0 instead, as `cat` and `grep` do:
 * the reader took what it wanted, and exiting closes the HTTP connection.
 */
export function exitOnClosedStdout(target: ClosableStdoutProcess): void {
  target.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    target.exit(0);
  });
}
