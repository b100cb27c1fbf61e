import type { CliIo } from './cli-io';

/** A `CliIo` that keeps what is written; `waitForStdout` resolves on the write that satisfies the predicate (no polling). */
export function captureCliIo(env: Record<string, string | undefined>, stdinText?: string) {
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const io: CliIo = {
    env,
    stdout: {
      write(chunk: string) {
        stdout += chunk;
        for (const wake of [...waiters]) wake();
        return true;
      },
    },
    stderr: {
      write(chunk: string) {
        stderr += chunk;
        return true;
      },
    },
    stdin:
      stdinText === undefined
        ? terminalStdin()
        : Object.assign(
            (async function* () {
              // Two chunks, the second splitting a multi-byte character, as a pipe may deliver them.
              const bytes = new TextEncoder().encode(stdinText);
              const middle = Math.ceil(bytes.length / 2);
              yield bytes.subarray(0, middle);
              yield bytes.subarray(middle);
            })(),
            { isTTY: false },
          ),
  };
  return {
    io,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitForStdout(predicate: (text: string) => boolean): Promise<string> {
      return new Promise((resolve) => {
        const check = () => {
          if (!predicate(stdout)) return;
          waiters.delete(check);
          resolve(stdout);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** A terminal stdin: reading it is a test failure (the CLI must not wait for typed input). */
function terminalStdin(): NonNullable<CliIo['stdin']> {
  return {
    isTTY: true,
    [Symbol.asyncIterator]() {
      throw new Error('The CLI read a terminal stdin.');
    },
  };
}
