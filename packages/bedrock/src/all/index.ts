import type { ModelFamily } from '@bedrock-kit/core';
import { createBedrock, type Bedrock } from '../create-bedrock';
import * as families from './families';

let instance: Bedrock | undefined;
const get = (): Bedrock => (instance ??= createBedrock({ families: Object.values<ModelFamily>(families) }));

/**
 * A ready client with every family of the one list (`./families`; install
 * them: they are optional peer dependencies). Created on first use, so
 * importing this module does nothing; credentials and region come from
 * `providerOptions`, `putKey` or the environment.
 *
 * @example
 * import { bedrock } from '@bedrock-kit/bedrock/all';
 * const { text } = await bedrock.generateText({ model: 'us.meta.llama3-2-3b-instruct-v1:0', prompt: 'Hi' });
 */
export const bedrock: Bedrock = {
  get '~bedrock'() {
    return get()['~bedrock'];
  },
  generateText: (request) => get().generateText(request),
  streamText: (request) => get().streamText(request),
  generateObject: (request) => get().generateObject(request),
  embed: (request) => get().embed(request),
  embedMany: (request) => get().embedMany(request),
  countTokens: (request) => get().countTokens(request),
  applyGuardrail: (request) => get().applyGuardrail(request),
  streamObject: (request) => get().streamObject(request),
};
export * from './families';
