import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaLlamaModels } from './meta-llama-models';

/** The README's capability table must say what the model table says. */
describe('README capability table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = new Map(
    readme
      .split('\n')
      .filter((line) => line.startsWith('| `meta.'))
      .map((line) => {
        const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
        return [cells[0]!.replaceAll('`', ''), cells.slice(1)] as const;
      }),
  );

  it('lists every model of the table, and nothing else', () => {
    expect([...rows.keys()]).toEqual(metaLlamaModels.map((model) => model.id));
  });

  it.each(metaLlamaModels.map((model) => [model.id, model] as const))('%s matches its row', (id, model) => {
    const mark = (value: boolean) => (value ? '✓' : '–');
    const { tools, toolsWhileStreaming, images, documents } = model.capabilities;
    expect(rows.get(id)).toEqual([
      mark(model.inferenceProfileOnly),
      mark(tools),
      tools && !toolsWhileStreaming ? 'fallback' : mark(toolsWhileStreaming),
      mark(images),
      mark(documents),
    ]);
  });
});
