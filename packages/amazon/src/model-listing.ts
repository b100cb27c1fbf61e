import type { ModelListing } from '@bedrock-kit/core';
import { novaModels } from './amazon-models';

/**
 * The Nova text models as the docs list them (`@bedrock-kit/amazon/models`), one row each, named
 * after the ID (`amazon.nova-lite-v1:0` → `nova-lite`). The embedding models (`amazonEmbed`) have no
 * row. Not reachable from the package's main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return novaModels.map((row) => ({ name: row.id.replace(/^amazon\./, '').replace(/-v\d+:\d+$/, ''), id: row.id, capabilities: row.capabilities, profileOnly: row.profileOnly === true }));
}
