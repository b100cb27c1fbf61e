import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';

interface FamilySchema {
  name: string;
  exportName?: string;
  displayName?: string;
  modelPrefix?: string;
  modelId?: string;
}
const generator = createRequire(import.meta.url)('./family-generator.cjs') as ((tree: Tree, schema: FamilySchema) => Promise<void>) & {
  FAMILY_LIST: string;
};
const { FAMILY_LIST } = generator;
const list = readFileSync(new URL('../../../../packages/bedrock/src/all/families.ts', import.meta.url), 'utf8');

/** An in-memory workspace with what the generator reads. */
function workspace(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.write('LICENSE', 'Apache License\n');
  tree.write('packages/core/package.json', JSON.stringify({ name: '@bedrock-kit/core', version: '1.2.3' }));
  tree.write('packages/bedrock/package.json', JSON.stringify({ name: '@bedrock-kit/bedrock', version: '1.2.3' }));
  tree.write('packages/emulator/package.json', JSON.stringify({ name: '@bedrock-kit/emulator', version: '0.1.0' }));
  tree.write(FAMILY_LIST, list);
  return tree;
}

describe('family generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = workspace();
  });

  it('appends exactly one line to the one list, and fills the defaults from the name', async () => {
    await generator(tree, { name: 'meta-mistral' });
    expect(tree.read(FAMILY_LIST, 'utf-8')).toBe(`${list}export { metaMistral } from '@bedrock-kit/meta-mistral';\n`);
    const family = tree.read('packages/meta-mistral/src/meta-mistral.ts', 'utf-8')!;
    expect(family).toContain("export const metaMistral: ModelFamily = {");
    expect(family).toContain("name: 'meta-mistral',");
    expect(family).toContain("displayName: 'Meta Mistral',");
    // The native codec is a module of its own, loaded on use.
    expect(family).toContain("native: { load: () => import('./meta-mistral-native-codec') },");
    expect(tree.read('packages/meta-mistral/src/meta-mistral-native-codec.ts', 'utf-8')).toContain('export const nativeCodec: NativeCodecFunctions = {');
    expect(tree.read('packages/meta-mistral/src/meta-mistral-models.ts', 'utf-8')).toContain("id: 'meta-mistral.example-v1:0',");
    // The docs read the table through `@bedrock-kit/<name>/models`, a subpath the main entry does not reach.
    expect(tree.read('packages/meta-mistral/src/model-listing.ts', 'utf-8')).toContain('export function listModels(): ModelListing[] {');
    expect(tree.read('packages/meta-mistral/src/index.ts', 'utf-8')).not.toContain('model-listing');
    expect(tree.read('packages/meta-mistral/tsup.config.ts', 'utf-8')).toContain("{ models: 'src/model-listing.ts' }");
    expect(JSON.parse(tree.read('packages/meta-mistral/package.json', 'utf-8')!)).toMatchObject({
      name: '@bedrock-kit/meta-mistral',
      version: '1.2.3',
      exports: { './models': { import: { types: './dist/models.d.ts', default: './dist/models.js' }, require: { types: './dist/models.d.cts', default: './dist/models.cjs' } } },
      dependencies: { '@bedrock-kit/core': '1.2.3' },
      devDependencies: { '@bedrock-kit/bedrock': '1.2.3', '@bedrock-kit/emulator': '0.1.0' },
      nx: {
        tags: ['family'],
        implicitDependencies: ['!@bedrock-kit/bedrock'],
        // Run after the facade is built, and rerun when its build output changes.
        targets: {
          test: {
            dependsOn: ['^build', { projects: ['@bedrock-kit/bedrock'], target: 'build' }],
            inputs: ['default', '^production', { dependentTasksOutputFiles: '**/*', transitive: true }],
          },
        },
      },
    });
    expect(tree.read('packages/meta-mistral/LICENSE', 'utf-8')).toBe('Apache License\n');
  });

  // Not a family of the one list (mistral is one now): the generator refuses a package the list already names.
  it('takes the export name, display name, prefix and first model ID it is given', async () => {
    await generator(tree, { name: 'writer', exportName: 'writerAi', displayName: 'Writer', modelPrefix: 'writer.', modelId: 'writer.palmyra-x5-v1:0' });
    expect(tree.read(FAMILY_LIST, 'utf-8')!.endsWith("export { writerAi } from '@bedrock-kit/writer';\n")).toBe(true);
    expect(tree.read('packages/writer/src/writer-models.ts', 'utf-8')).toContain("export const writerAiModelPrefix = 'writer.';");
    expect(tree.read('packages/writer/README.md', 'utf-8')).toContain("| `writer.palmyra-x5-v1:0` | Writer |");
  });

  it.each([
    [{ name: 'Mistral' }, /name must be kebab-case/],
    [{ name: 'mistral_ai' }, /name must be kebab-case/],
    [{ name: '' }, /name must be kebab-case/],
    [{ name: 'mistral', exportName: 'Mistral' }, /exportName must be a camelCase identifier/],
    [{ name: 'mistral', modelPrefix: 'mistral' }, /modelPrefix must be a vendor prefix ending in a dot/],
    [{ name: 'mistral', modelId: 'other.model-v1:0' }, /modelId must be a foundation-model ID that starts with mistral\./],
    [{ name: 'mistral', displayName: "Mistral's" }, /displayName must be plain text/],
    [{ name: 'cohere', exportName: 'cohereTwo' }, /packages\/cohere already exists/],
    [{ name: 'anthropic-two', exportName: 'anthropic' }, /already exports anthropic/],
  ])('refuses %o before writing anything', async (schema, message) => {
    tree.write('packages/cohere/package.json', '{}');
    const before = tree.listChanges().length;
    await expect(generator(tree, schema as FamilySchema)).rejects.toThrow(message);
    expect(tree.listChanges()).toHaveLength(before);
    expect(tree.read(FAMILY_LIST, 'utf-8')).toBe(list);
  });

  it('refuses a workspace without the one list', async () => {
    tree.delete(FAMILY_LIST);
    await expect(generator(tree, { name: 'mistral' })).rejects.toThrow(/families\.ts \(the one list of families\) is missing/);
  });
});
