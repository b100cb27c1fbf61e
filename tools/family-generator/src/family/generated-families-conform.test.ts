import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 15: Amazon Nova, Mistral and DeepSeek are generator packages filled in. For each, the generator is
// run for its name on an in-memory copy of what it reads (the list without the family's line): every file it
// writes exists in the package, the files of the workspace conventions (build, test and type config, LICENSE,
// package.json's fields) are what it writes, and the list line it appends is
// the one the list has. A family package that drifted from the conventions fails here.
const generator = createRequire(import.meta.url)('./family-generator.cjs') as ((tree: Tree, schema: { name: string; displayName?: string; modelPrefix?: string }) => Promise<void>) & {
  FAMILY_LIST: string;
};
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

const families = [
  { name: 'amazon', displayName: 'Amazon Nova', modelPrefix: 'amazon.' },
  { name: 'mistral', displayName: 'Mistral', modelPrefix: 'mistral.' },
  { name: 'deepseek', displayName: 'DeepSeek', modelPrefix: 'deepseek.' },
];

async function generate(family: (typeof families)[number]): Promise<{ tree: Tree; listLine: string | undefined }> {
  // The list as it was before the family: without its lines (Amazon's package has a second value, `amazonEmbed`, on a line of its own).
  const before = read(generator.FAMILY_LIST)
    .split('\n')
    .filter((line) => !line.includes(`'@bedrock-kit/${family.name}'`));
  const tree = createTreeWithEmptyWorkspace();
  for (const path of ['LICENSE', 'packages/core/package.json', 'packages/bedrock/package.json', 'packages/emulator/package.json']) tree.write(path, read(path));
  tree.write(generator.FAMILY_LIST, before.join('\n'));
  await generator(tree, family);
  const after = tree.read(generator.FAMILY_LIST, 'utf-8')!.split('\n');
  return { tree, listLine: after.find((line) => line !== '' && !before.includes(line)) };
}

function generatedFiles(tree: Tree, folder: string): string[] {
  return tree.children(folder).flatMap((child) => {
    const path = `${folder}/${child}`;
    return tree.isFile(path) ? [path] : generatedFiles(tree, path);
  });
}

describe.each(families)('@bedrock-kit/$name is the generator package filled in', (family) => {
  // One generator run serves the three checks (each still runs alone).
  let run: ReturnType<typeof generate> | undefined;
  const generateOnce = () => (run ??= generate(family));

  it('the generator appends the line the one list has for it, and writes no file the package lacks', async () => {
    const { tree, listLine } = await generateOnce();
    expect(listLine).toBe(`export { ${family.name} } from '@bedrock-kit/${family.name}';`);
    expect(read(generator.FAMILY_LIST).split('\n')).toContain(listLine);
    const missing = generatedFiles(tree, `packages/${family.name}`).filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('its build, test and type config and LICENSE are what the generator writes', async () => {
    const { tree } = await generateOnce();
    for (const file of ['tsconfig.json', 'tsup.config.ts', 'vitest.config.ts', 'LICENSE']) {
      expect(read(`packages/${family.name}/${file}`), file).toBe(tree.read(`packages/${family.name}/${file}`, 'utf-8'));
    }
    // Nothing the generator does not write configures the package on the side (typedoc reads the root config).
    expect(existsSync(join(root, `packages/${family.name}/typedoc.json`))).toBe(false);
  });

  it('its package.json has the fields the generator writes, in its order (its own: the description, the keywords, the dev dependencies its tests add)', async () => {
    const { tree } = await generateOnce();
    const generated = JSON.parse(tree.read(`packages/${family.name}/package.json`, 'utf-8')!) as Record<string, unknown>;
    const committed = json(`packages/${family.name}/package.json`);
    const own = ['description', 'keywords', 'devDependencies'];
    expect(Object.keys(committed)).toEqual(Object.keys(generated));
    for (const key of Object.keys(generated).filter((key) => !own.includes(key))) expect(committed[key], key).toEqual(generated[key]);
    expect(committed.devDependencies).toMatchObject(generated.devDependencies as object);
  });
});
