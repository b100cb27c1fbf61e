import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { createBedrock, type Bedrock } from '../create-bedrock';

let instance: Bedrock | undefined;
const get = (): Bedrock => (instance ??= createBedrock({ families: [anthropic, cohere, openaiOss, metaLlama] }));

/**
 * A ready client with all four families (install them: they are optional peer
 * dependencies). Created on first use, so importing this module does nothing;
 * credentials and region come from `providerOptions`, `putKey` or the environment.
 *
 * @example
 * import { bedrock } from '@bedrock-kit/bedrock/all';
 * const { text } = await bedrock.generateText({ model: 'us.meta.llama3-2-3b-instruct-v1:0', prompt: 'Hi' });
 */
export const bedrock: Bedrock = {
  generateText: (request) => get().generateText(request),
  streamText: (request) => get().streamText(request),
  generateObject: (request) => get().generateObject(request),
};
export { anthropic, cohere, metaLlama, openaiOss };
