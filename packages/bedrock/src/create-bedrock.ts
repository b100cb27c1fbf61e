import { createClock, createCredentialsCache } from '@bedrock-kit/aws-auth';
import { ConfigError, type GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockInstance } from './client/bedrock-instance';
import type { BedrockOptions } from './client/bedrock-options';
import type { TextStream } from './calls/create-text-stream';
import { generateObject, type GenerateObjectResult } from './calls/generate-object';
import { generateText } from './calls/generate-text';
import type { GenerateObjectRequest, GenerateTextRequest } from './request/generate-text-request';
import { streamText } from './calls/stream-text';

/** A configured client. */
export interface Bedrock {
  generateText(request: GenerateTextRequest): Promise<GenerateTextResult>;
  streamText(request: GenerateTextRequest): TextStream;
  generateObject<T>(request: GenerateObjectRequest<T>): Promise<GenerateObjectResult<T>>;
}

/**
 * Creates a client. Pass the families you use: only those are bundled.
 * Nothing is read from the environment until a call is made.
 *
 * @example
 * const bedrock = createBedrock({ families: [anthropic] });
 * const { text } = await bedrock.generateText({ model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'Hi' });
 */
export function createBedrock(options: BedrockOptions = {}): Bedrock {
  const families = options.families ?? [];
  for (const family of families) {
    const { name, specificationVersion } = (family ?? {}) as { name?: string; specificationVersion?: unknown };
    if (specificationVersion !== 'v1') {
      throw new ConfigError({
        message: `Model family "${name}" implements specification ${JSON.stringify(specificationVersion)}, but this @bedrock-kit/bedrock needs "v1": install matching @bedrock-kit versions.`,
      });
    }
  }
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new ConfigError({ message: `maxRetries must be an integer ≥ 0; got ${options.maxRetries}.` });
  }
  const clockOptions = { now: options.now };
  const instance: BedrockInstance = {
    options,
    families,
    clock: createClock(clockOptions),
    credentials: options.credentials ? createCredentialsCache(options.credentials, clockOptions) : undefined,
  };
  return {
    generateText: (request) => generateText(instance, request),
    streamText: (request) => streamText(instance, request),
    generateObject: (request) => generateObject(instance, request),
  };
}
