// The one list of model families: `@bedrock-kit/bedrock/all`, the CLI and the docs read it; one line per family.
export { anthropic } from '@bedrock-kit/anthropic';
export { cohere } from '@bedrock-kit/cohere';
export { openaiOss } from '@bedrock-kit/openai-oss';
export { metaLlama } from '@bedrock-kit/meta-llama';
export { amazon } from '@bedrock-kit/amazon';
export { mistral } from '@bedrock-kit/mistral';
export { deepseek } from '@bedrock-kit/deepseek';
// Embedding models are family values of their own (decision 0013), so text-only bundles do not carry them.
export { cohereEmbed } from '@bedrock-kit/cohere';
export { amazonEmbed } from '@bedrock-kit/amazon';
