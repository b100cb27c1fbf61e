import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anthropicDefaultRow, anthropicModelTable } from './anthropic-model-table';
import { findAnthropicModelRow } from './find-anthropic-model-row';

const columns = ['tools', 'toolsWhileStreaming', 'reasoning', 'promptCaching', 'images', 'documents', 'citations', 'nativeApi'] as const;

/** The README's model rows: name, example ID, then one yes/no cell per capability and "profile only". */
function readmeRows(): string[][] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  return readme
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .filter((cells) => cells.length === columns.length + 3 && /^(yes|no)$/.test(cells[2]!));
}

describe('README model table', () => {
  it('matches the model table row for row', () => {
    const expected = [...anthropicModelTable, anthropicDefaultRow].map((row) => [
      row.name,
      ...columns.map((column) => (row.capabilities[column] ? 'yes' : 'no')),
      row.profileOnly ? 'yes' : 'no',
    ]);
    expect(readmeRows().map(([name, , ...flags]) => [name, ...flags])).toEqual(expected);
  });

  it('gives example IDs that resolve to their own row', () => {
    for (const [name, example] of readmeRows().slice(0, -1)) {
      expect(findAnthropicModelRow(example!.replace(/`/g, ''))?.name, example).toBe(name);
    }
  });
});
