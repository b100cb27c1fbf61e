import { createClock, createCredentialsCache } from '@bedrock-kit/aws-auth';
import { ConfigError } from '@bedrock-kit/core';
import type { BedrockClient } from './bedrock-client';
import type { BedrockOptions } from './bedrock-options';
import { checkEndpoint } from './check-endpoint';
import { isCount } from './is-count';

/**
 * Creates a client without calls: pass it to `generateText`, `streamText`,
 * `generateObject`, imported beside it, so a bundle pays only for those.
 * Pass the families you use: only those are bundled. Nothing is read from the
 * environment until a call is made.
 *
 * @example
 * const client = createBedrockClient({ families: [anthropic] });
 * const stream = streamText(client, { model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'Hi' });
 */
export function createBedrockClient(options: BedrockOptions = {}): BedrockClient {
  const families = options.families ?? [];
  for (const family of families) {
    const { name, specificationVersion } = (family ?? {}) as { name?: string; specificationVersion?: unknown };
    if (specificationVersion !== 'v1') refuse(`Model family "${name}" is specification ${JSON.stringify(specificationVersion)}, not "v1": install matching @bedrock-kit versions.`);
  }
  if (options.endpoint !== undefined) checkEndpoint(options.endpoint, 'createBedrock({ endpoint })');
  // Header tokens with string values free of control characters (CR/LF would split a header); values never quoted.
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name) || typeof value !== 'string' || /[\0-\x1f\x7f]/.test(value)) {
      refuse(`createBedrock({ headers })[${JSON.stringify(name.slice(0, 40))}]: a bad name, a value not a string, or a control character.`);
    }
  }
  // Timers take at most 2³¹−1 ms (a larger value fires at once); NaN, Infinity and strings would silently disable them.
  for (const [key, value] of [['maxRetries', options.maxRetries], ...Object.entries(options.timeout ?? {}).map(([name, ms]) => [`timeout.${name}`, ms])]) {
    if (value !== undefined && !isCount(value, 0)) refuse(`createBedrock({ ${key} }) must be an integer from 0 to 2147483647; got ${typeof value === 'number' ? value : typeof value}.`);
  }
  const clockOptions = { now: options.now };
  return {
    '~bedrock': {
      options,
      families,
      clock: createClock(clockOptions),
      credentials: options.credentials ? createCredentialsCache(options.credentials, clockOptions) : undefined,
    },
  };
}

function refuse(message: string): never {
  throw new ConfigError({ message });
}
