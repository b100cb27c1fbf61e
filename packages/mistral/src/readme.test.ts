import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mistralModels } from './mistral-models';

/** The README's capability table must say what the model table says. */
describe('README capability table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = new Map(
    readme
      .split('\n')
      .filter((line) => line.startsWith('| `mistral.'))
      .map((line) => {
        const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
        return [cells[0]!.replaceAll('`', ''), cells.slice(1)] as const;
      }),
  );

  it('lists every model of the table, and nothing else', () => {
    expect([...rows.keys()]).toEqual(mistralModels.map((model) => model.id));
  });

  it.each(mistralModels.map((model) => [model.id, model] as const))('%s matches its row', (id, model) => {
    const mark = (value: boolean | undefined) => (value ? '✓' : '–');
    const { tools, toolsWhileStreaming, images, reasoning, alwaysReasons, systemPrompt, maxOutputTokens } = model.capabilities;
    expect(rows.get(id)).toEqual([
      model.body,
      mark(model.inferenceProfileOnly),
      mark(tools),
      tools && !toolsWhileStreaming ? 'fallback' : mark(toolsWhileStreaming),
      mark(images),
      alwaysReasons ? 'always' : mark(reasoning),
      mark(systemPrompt),
      maxOutputTokens === undefined ? '–' : String(maxOutputTokens),
    ]);
  });
});
