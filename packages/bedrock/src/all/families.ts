// The one list of model families: `@bedrock-kit/bedrock/all`, the CLI and the docs read it, one line per family.
export { anthropic } from '@bedrock-kit/anthropic';
export { cohere } from '@bedrock-kit/cohere';
export { metaLlama } from '@bedrock-kit/meta-llama';
export { openaiOss } from '@bedrock-kit/openai-oss';
