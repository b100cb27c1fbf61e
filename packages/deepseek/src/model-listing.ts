import type { ModelListing } from '@bedrock-kit/core';
import { deepseekModels } from './deepseek-models';

/**
 * The DeepSeek models as the docs list them (`@bedrock-kit/deepseek/models`), one row each. Not
 * reachable from the package's main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return deepseekModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly }));
}
