import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { describePlatformOptionsOnTheWire } from './platform-options.test-support';

// One model of each family with both routes; every platform key on each route, streaming and not.
const models = {
  anthropic: 'anthropic.claude-3-haiku-20240307-v1:0',
  cohere: 'cohere.command-r-plus-v1:0',
  'openai-oss': 'openai.gpt-oss-20b-1:0',
  'meta-llama': 'us.meta.llama3-2-3b-instruct-v1:0',
};
describePlatformOptionsOnTheWire([anthropic, cohere, openaiOss, metaLlama], models);
