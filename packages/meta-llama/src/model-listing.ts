import type { ModelListing } from '@bedrock-kit/core';
import { metaLlamaModels } from './meta-llama-models';

/**
 * The Llama models as the docs list them (`@bedrock-kit/meta-llama/models`), one row each. Not
 * reachable from the package's main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return metaLlamaModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly }));
}
