import type { ModelListing } from '@bedrock-kit/core';
import { anthropicDefaultRow, anthropicModelTable } from './anthropic-model-table';

/**
 * The Claude models as the docs list them (`@bedrock-kit/anthropic/models`): every row of the table,
 * then the row for newer `anthropic.*` IDs. The table matches IDs by prefix, so each row's `id` is its
 * pattern (`anthropic.claude-3-sonnet-*`). Not reachable from the package's main entry: no bundle pays for it.
 */
export function listModels(): ModelListing[] {
  return [...anthropicModelTable, anthropicDefaultRow].map((row) => ({ name: row.name, id: patternOf(row.match), capabilities: row.capabilities, profileOnly: row.profileOnly }));
}

/** `^anthropic\.claude-3-sonnet-` → `anthropic.claude-3-sonnet-*`. */
function patternOf(match: RegExp): string {
  return `${match.source.replace(/^\^/, '').replace(/\\(.)/g, '$1')}*`;
}
