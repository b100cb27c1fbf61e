import type { Usage } from './usage';

/**
 * The token counts a response object carries under its own field names, e.g.
 * `readTokenCounts(body.usage, { inputTokens: 'input_tokens', outputTokens: 'output_tokens' })`.
 * Only numeric fields are read; absent ones stay absent.
 */
export function readTokenCounts(source: unknown, names: Partial<Record<keyof Usage, string>>): Partial<Usage> {
  const usage: Partial<Usage> = {};
  if (typeof source !== 'object' || source === null) return usage;
  for (const [key, name] of Object.entries(names) as [keyof Usage, string][]) {
    const value = (source as Record<string, unknown>)[name];
    if (typeof value === 'number' && Number.isFinite(value)) usage[key] = value;
  }
  return usage;
}
