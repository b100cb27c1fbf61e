import type { Environment } from './auth-settings';

/**
 * Reads one environment variable at call time: from `env` when given, else from
 * `globalThis.process?.env` (absent in browsers and Workers without Node compatibility).
 * An empty value counts as unset, so `AWS_REGION=` does not select a region named ''.
 */
export function loadSetting(name: string, env?: Environment): string | undefined {
  const source = env ?? getProcessEnvironment();
  const value = source?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `globalThis.process?.env`, read now; `undefined` where there is no process environment. */
export function getProcessEnvironment(): Environment | undefined {
  return (globalThis as { process?: { env?: Environment } }).process?.env;
}
