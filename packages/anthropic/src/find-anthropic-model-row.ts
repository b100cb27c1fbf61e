import { anthropicDefaultRow, anthropicModelTable, type AnthropicModelRow } from './anthropic-model-table';

/**
 * The table row for a foundation-model ID, or `undefined` when the ID is not Anthropic's.
 * Unknown `anthropic.*` IDs get the default row (a newer Claude model).
 */
export function findAnthropicModelRow(baseModelId: string): AnthropicModelRow | undefined {
  if (!baseModelId.startsWith('anthropic.')) return undefined;
  return anthropicModelTable.find((row) => row.match.test(baseModelId)) ?? anthropicDefaultRow;
}
