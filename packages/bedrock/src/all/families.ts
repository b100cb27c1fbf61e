// The one list of model families: `@bedrock-kit/bedrock/all`, the CLI and the docs read it; one line per family package.
export { anthropic } from '@bedrock-kit/anthropic';
export { cohere, cohereEmbed } from '@bedrock-kit/cohere';
export { openaiOss } from '@bedrock-kit/openai-oss';
export { metaLlama } from '@bedrock-kit/meta-llama';
export { amazon, amazonEmbed } from '@bedrock-kit/amazon';
export { mistral } from '@bedrock-kit/mistral';
export { deepseek } from '@bedrock-kit/deepseek';
