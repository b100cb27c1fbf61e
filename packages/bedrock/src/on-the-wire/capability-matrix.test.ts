import { readFileSync } from 'node:fs';
import { parseModelId } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import * as listed from '../all/families';
import {
  createCapabilityMatrix,
  listFamilies,
  listFamilyModels,
  listCapabilityRows,
  parseFamilyList,
  readMatrixSection,
  readmePath,
  replaceMatrixSection,
} from '../../../../tools/scripts/capability-matrix.mjs';

describe('README capability matrix', () => {
  it('equals the matrix generated from the families’ own tables (run `node tools/scripts/capability-matrix.mjs --write`)', async () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readMatrixSection(readme), 'README.md lacks the capability-matrix markers').toBeDefined();
    expect(readMatrixSection(readme)).toBe(await createCapabilityMatrix());
  });

  it('lists every model of each family table, once, with one cell per column', async () => {
    const rows = await listCapabilityRows();
    const count = (name: string) => rows.filter((row) => row.family.name === name).length;
    expect(count('anthropic')).toBeGreaterThan(5);
    expect(count('cohere')).toBeGreaterThan(1);
    expect(count('openai-oss')).toBe(2);
    expect(count('meta-llama')).toBeGreaterThan(5);
    expect(count('amazon')).toBeGreaterThan(4);
    expect(count('mistral')).toBeGreaterThan(10);
    expect(count('deepseek')).toBe(3);
    const lines = (await createCapabilityMatrix()).split('\n').filter((line) => line.startsWith('| '));
    expect(lines).toHaveLength(rows.length + 2);
    for (const line of lines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(12);
  });

  it('reads the families of the one list: every family there that serves text models has rows', async () => {
    const names = Object.values(listed).map((family) => family.name).sort();
    expect((await listFamilies()).map((family) => family.name).sort()).toEqual(names);
    const withRows = new Set((await listCapabilityRows()).map((row) => row.family.name));
    for (const family of Object.values(listed)) {
      const text = family.native !== undefined || family.converse !== undefined;
      expect(withRows.has(family.name), family.name).toBe(text);
    }
  });

  it('reads the same rows the facade resolves: each concrete ID resolves in its family to the row’s capabilities', async () => {
    const families = Object.values(listed);
    for (const row of (await listCapabilityRows()).filter((r) => !r.id.includes('*'))) {
      const info = families.find((family) => family.name === row.family.name)!.resolveModel(parseModelId(row.id));
      expect(info?.capabilities, row.id).toEqual(row.capabilities);
      expect(info?.requiredInferenceProfile !== undefined, `${row.id} profile-only`).toBe(row.profileOnly);
    }
  });

  it('names a text family without the `@bedrock-kit/<name>/models` subpath, and what to add', async () => {
    // core is a package of the workspace without a `./models` subpath: as a family would be that lacks it.
    const withoutListing = { ...Object.values(listed)[0]!, name: 'core' };
    await expect(listFamilyModels(withoutListing)).rejects.toThrow(/^Family "core" serves text models, but @bedrock-kit\/core\/models does not load .*Add src\/model-listing\.ts exporting listModels\(\).*"\.\/models" export/);
  });

  it('reads the one list line by line, and refuses a line it cannot read instead of leaving a family out', () => {
    const list = "// The one list\nexport { anthropic } from '@bedrock-kit/anthropic';\nexport { amazon, amazonEmbed } from '@bedrock-kit/amazon';\n";
    expect(parseFamilyList(list)).toEqual([
      { names: ['anthropic'], packageName: '@bedrock-kit/anthropic' },
      { names: ['amazon', 'amazonEmbed'], packageName: '@bedrock-kit/amazon' },
    ]);
    expect(() => parseFamilyList(`${list}export * from '@bedrock-kit/mistral';\n`)).toThrow(/cannot read the line "export \* from '@bedrock-kit\/mistral';"/);
  });

  it('replaceMatrixSection rewrites only between the markers and is idempotent', () => {
    const readme = '# x\n\n<!-- capability-matrix:start -->\nold\n<!-- capability-matrix:end -->\n\nafter\n';
    const once = replaceMatrixSection(readme, '| new |');
    expect(once).toBe('# x\n\n<!-- capability-matrix:start -->\n| new |\n<!-- capability-matrix:end -->\n\nafter\n');
    expect(replaceMatrixSection(once, '| new |')).toBe(once);
    expect(() => replaceMatrixSection('# no markers', 'x')).toThrow(/needs the markers/);
  });
});
