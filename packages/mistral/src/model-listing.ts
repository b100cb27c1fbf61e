import type { ModelListing } from '@bedrock-kit/core';
import { mistralModels } from './mistral-models';

/**
 * The Mistral models as the docs list them (`@bedrock-kit/mistral/models`), one row each. Not
 * reachable from the package's main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return mistralModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly }));
}
