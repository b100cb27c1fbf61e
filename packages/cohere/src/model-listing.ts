import type { ModelListing } from '@bedrock-kit/core';
import { cohereModels } from './cohere-models';

/**
 * The Cohere text models as the docs list them (`@bedrock-kit/cohere/models`), one row each; a
 * pattern row keeps its `*`. Bedrock serves every one on demand. Not reachable from the package's
 * main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return cohereModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: false }));
}
