import type { ModelListing } from '@bedrock-kit/core';
import { openaiOssModels } from './openai-oss-models';

/**
 * The gpt-oss models as the docs list them (`@bedrock-kit/openai-oss/models`), one row each, named
 * after the ID (`openai.gpt-oss-120b-1:0` → `gpt-oss-120b`). Bedrock serves every one on demand. Not
 * reachable from the package's main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return openaiOssModels.map((row) => ({ name: row.id.replace(/^openai\./, '').replace(/-\d+:\d+$/, ''), id: row.id, capabilities: row.capabilities, profileOnly: false }));
}
