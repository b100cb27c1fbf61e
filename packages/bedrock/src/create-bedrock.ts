import type { GenerateTextResult } from '@bedrock-kit/core';
import { applyGuardrail, type ApplyGuardrailRequest, type ApplyGuardrailResult } from './calls/apply-guardrail';
import { countTokens, type CountTokensResult } from './calls/count-tokens';
import { generateObject, type GenerateObjectResult } from './calls/generate-object';
import { generateText } from './calls/generate-text';
import { streamObject, type ObjectStream } from './calls/stream-object';
import { streamText } from './calls/stream-text';
import { embed } from './calls/embed';
import { embedMany } from './calls/embed-many';
import type { EmbedManyRequest, EmbedManyResult, EmbedRequest, EmbedResult } from './request/embed-request';
import type { TextStream } from './calls/create-text-stream';
import type { BedrockClient } from './client/bedrock-client';
import type { BedrockOptions } from './client/bedrock-options';
import { createBedrockClient } from './client/create-bedrock-client';
import type { GenerateObjectRequest, GenerateTextRequest } from './request/generate-text-request';

/**
 * A configured client with every call as a method. It is a `BedrockClient`
 * too, so the call functions take it. A new call is a file in `calls/` plus
 * one method here (and its export in `index.ts`).
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
 * from the environment until a call is made. For the smallest bundle, use
 * `createBedrockClient` and import only the calls you make.
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
    generateObject: (request) => generateObject(client, request),
    embed: (request) => embed(client, request),
    embedMany: (request) => embedMany(client, request),
    countTokens: (request) => countTokens(client, request),
    applyGuardrail: (request) => applyGuardrail(client, request),
    streamObject: (request) => streamObject(client, request),
  };
}
