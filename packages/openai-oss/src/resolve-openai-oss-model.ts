import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { openaiOssDefaultCapabilities, openaiOssModelPrefix, openaiOssModels } from './openai-oss-models';

/**
 * Returns the model info when `id` names a gpt-oss model (bare, profile prefix,
 * or foundation-model / inference-profile ARN). Unknown newer `openai.gpt-oss-*`
 * models get the family defaults. Other `openai.*` models (not gpt-oss) are not
 * claimed: they may speak another native format, so the facade sends them
 * through Converse.
 */
export function resolveOpenaiOssModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'openai-oss', (base) =>
    base.startsWith(openaiOssModelPrefix)
      ? (openaiOssModels.find((model) => model.id === base) ?? { capabilities: openaiOssDefaultCapabilities })
      : undefined,
  );
}
