import { resolveModelFromTable, type ModelInfo, type ParsedModelId } from '@bedrock-kit/core';
import { deepseekModelPrefix, deepseekModels, isDeepseekR1 } from './deepseek-models';

/**
 * Returns the model info when `id` names a DeepSeek model (bare, profile prefix, or ARN). A bare
 * `deepseek.r1-v1:0` resolves with `requiredInferenceProfile` (Bedrock serves it only through
 * profiles). Unlisted `deepseek.r1*` IDs get R1's row, other unlisted `deepseek.*` IDs V3's row.
 */
export function resolveDeepseekModel(id: ParsedModelId): ModelInfo | undefined {
  return resolveModelFromTable(id, 'deepseek', (base) => {
    if (!base.startsWith(deepseekModelPrefix)) return undefined;
    const row = deepseekModels.find((model) => model.id === base) ?? deepseekModels[isDeepseekR1(base) ? 0 : 1]!;
    return { capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly && row.id === base };
  });
}
