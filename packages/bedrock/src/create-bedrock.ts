import { loadOnUse, type CodeOnUse, type GenerateTextResult } from '@bedrock-kit/core';
import type { ApplyGuardrailRequest, ApplyGuardrailResult } from './calls/apply-guardrail';
import type { CountTokensResult } from './calls/count-tokens';
import type { GenerateObjectResult } from './calls/generate-object';
import { generateText } from './calls/generate-text';
import { checkObjectRequest } from './calls/check-object-request';
import type { ObjectStream } from './calls/stream-object';
import { streamText } from './calls/stream-text';
import type { EmbedManyRequest, EmbedManyResult, EmbedRequest, EmbedResult } from './request/embed-request';
import type { TextStream } from './calls/create-text-stream';
import type { BedrockClient } from './client/bedrock-client';
import type { BedrockOptions } from './client/bedrock-options';
import { createBedrockClient } from './client/create-bedrock-client';
import type { GenerateObjectRequest, GenerateTextRequest } from './request/generate-text-request';
import { createObjectStreamOnUse } from './create-object-stream-on-use';

// Every call but the two text calls is loaded on its first use (decision 0020): a page that only generates
// and streams text does not load the object, embedding, token-count and guardrail code. The two object
// calls are one chunk (decision 0028): as two, the module they share split the facade's up-front code.
const callModules = {
  generateObject: { what: 'generateObject', load: () => import('./calls/object-calls') },
  streamObject: { what: 'streamObject', load: () => import('./calls/object-calls') },
  embed: { what: 'embed', load: () => import('./calls/embed') },
  embedMany: { what: 'embedMany', load: () => import('./calls/embed-many') },
  countTokens: { what: 'countTokens', load: () => import('./calls/count-tokens') },
  applyGuardrail: { what: 'applyGuardrail', load: () => import('./calls/apply-guardrail') },
};
type CallName = keyof typeof callModules;
type CallModule<Name extends CallName> = Awaited<ReturnType<(typeof callModules)[Name]['load']>>;

/** The module of call `name`, loaded once and shared by every client; a chunk that fails to load is a `ConfigError` naming the call. */
function loadCall<Name extends CallName>(name: Name): Promise<CallModule<Name>> {
  return loadOnUse(callModules[name] as CodeOnUse<CallModule<Name>>);
}

/**
 * A configured client with every call as a method. It is a `BedrockClient`
 * too, so the call functions take it. A new call is a file in `calls/` plus
 * one method here, loaded on use (and its export in `index.ts`).
 */
export interface Bedrock extends BedrockClient {
  generateText(request: GenerateTextRequest): Promise<GenerateTextResult>;
  streamText(request: GenerateTextRequest): TextStream;
  generateObject<T>(request: GenerateObjectRequest<T>): Promise<GenerateObjectResult<T>>;
  embed(request: EmbedRequest): Promise<EmbedResult>;
  embedMany(request: EmbedManyRequest): Promise<EmbedManyResult>;
  countTokens(request: GenerateTextRequest): Promise<CountTokensResult>;
  applyGuardrail(request: ApplyGuardrailRequest): Promise<ApplyGuardrailResult>;
  streamObject<T>(request: GenerateObjectRequest<T>): ObjectStream<T>;
}

/**
 * Creates a client with every call as a method (`createBedrockClient` plus the
 * calls). Pass the families you use: only those are bundled. Nothing is read
 * from the environment until a call is made. `generateText` and `streamText`
 * are in the bundle; every other method loads its code (a chunk of its own in
 * a bundler that splits code) on its first use, and a chunk that fails to load
 * is a `ConfigError`. For the smallest bundle, use `createBedrockClient` and
 * import only the calls you make.
 *
 * @example
 * const bedrock = createBedrock({ families: [anthropic] });
 * const { text } = await bedrock.generateText({ model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'Hi' });
 */
export function createBedrock(options: BedrockOptions = {}): Bedrock {
  const client = createBedrockClient(options);
  return {
    '~bedrock': client['~bedrock'],
    generateText: (request) => generateText(client, request),
    streamText: (request) => streamText(client, request),
    generateObject: async (request) => (await loadCall('generateObject')).generateObject(client, request),
    embed: async (request) => (await loadCall('embed')).embed(client, request),
    embedMany: async (request) => (await loadCall('embedMany')).embedMany(client, request),
    countTokens: async (request) => (await loadCall('countTokens')).countTokens(client, request),
    applyGuardrail: async (request) => (await loadCall('applyGuardrail')).applyGuardrail(client, request),
    streamObject: (request) => {
      // Checked now, as the function does: a bad mode or schema is thrown by this call, before anything loads.
      const prepared = checkObjectRequest(request);
      return createObjectStreamOnUse(async () => (await loadCall('streamObject')).streamCheckedObject(client, request, prepared));
    },
  };
}
