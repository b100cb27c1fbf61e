/** Environment variables, read at call time (never at import time); empty outside Node-like runtimes. */
export function readEnvironment(): Record<string, string | undefined> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return process?.env ?? {};
}
