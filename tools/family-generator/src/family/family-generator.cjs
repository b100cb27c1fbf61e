// @ts-check
/**
 * `npx nx g @bedrock-kit/family-generator:family <name>`: scaffolds `packages/<name>` (a model
 * family package with the conventions of the existing ones) and appends its line to the one list,
 * `packages/bedrock/src/all/families.ts`. It writes nothing else: the npm workspace glob
 * (`packages/*`), the docs (typedoc `packages/*`), `/all` and the CLI (they read the list) pick the
 * package up. CommonJS with type checks in JSDoc, so Nx loads it without a build step or a
 * TypeScript loader.
 */
const { generateFiles, names } = require('@nx/devkit');
const { join } = require('node:path');

/** The one list of model families that `/all`, the CLI and the docs read. */
const FAMILY_LIST = 'packages/bedrock/src/all/families.ts';

/**
 * @typedef {object} FamilySchema What `nx g` passes (see schema.json).
 * @property {string} name
 * @property {string} [exportName]
 * @property {string} [displayName]
 * @property {string} [modelPrefix]
 * @property {string} [modelId]
 */

/**
 * @typedef {object} FamilyOptions The options with every default filled in.
 * @property {string} name kebab-case package folder and npm name, e.g. `mistral`.
 * @property {string} exportName the exported `ModelFamily` value, e.g. `mistral`.
 * @property {string} typeName PascalCase for type names, e.g. `Mistral`.
 * @property {string} displayName how messages name the models, e.g. `Mistral`.
 * @property {string} modelPrefix vendor prefix with its dot, e.g. `mistral.`.
 * @property {string} modelId the first row of the model table.
 * @property {string} root `packages/<name>`.
 */

/**
 * @param {import('@nx/devkit').Tree} tree
 * @param {FamilySchema} schema
 */
async function familyGenerator(tree, schema) {
  const options = normalizeFamilyOptions(tree, schema);
  // Every refusal comes before the first write, so a refused run leaves the workspace as it was.
  const familyList = appendFamilyLine(tree.read(FAMILY_LIST, 'utf-8'), options);
  const core = readJson(tree, 'packages/core/package.json');
  const bedrock = readJson(tree, 'packages/bedrock/package.json');
  const emulator = readJson(tree, 'packages/emulator/package.json');
  const license = tree.read('LICENSE');
  if (!license) throw new Error('The workspace has no LICENSE file to copy into the package.');

  generateFiles(tree, join(__dirname, 'files'), options.root, { ...options, tmpl: '' });
  tree.write(`${options.root}/package.json`, `${JSON.stringify(createManifest(options, core.version, { bedrock, emulator }), null, 2)}\n`);
  tree.write(`${options.root}/LICENSE`, license);
  tree.write(FAMILY_LIST, familyList);
}

/**
 * Fills in the defaults and refuses names that would collide, before anything is written.
 * @param {import('@nx/devkit').Tree} tree
 * @param {FamilySchema} schema
 * @returns {FamilyOptions}
 */
function normalizeFamilyOptions(tree, schema) {
  const name = String(schema.name ?? '').trim();
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new Error(`name must be kebab-case (lower-case letters, digits and single dashes, starting with a letter), got ${JSON.stringify(name)}.`);
  }
  const exportName = schema.exportName ?? names(name).propertyName;
  if (!/^[a-z][A-Za-z0-9]*$/.test(exportName)) throw new Error(`exportName must be a camelCase identifier, got ${JSON.stringify(exportName)}.`);
  const modelPrefix = schema.modelPrefix ?? `${name}.`;
  if (!/^[a-z0-9-]+\.$/.test(modelPrefix)) throw new Error(`modelPrefix must be a vendor prefix ending in a dot (e.g. mistral.), got ${JSON.stringify(modelPrefix)}.`);
  const modelId = schema.modelId ?? `${modelPrefix}example-v1:0`;
  if (!modelId.startsWith(modelPrefix) || !/^[a-z0-9-]+\.[A-Za-z0-9._:-]+$/.test(modelId)) {
    throw new Error(`modelId must be a foundation-model ID that starts with ${modelPrefix}, got ${JSON.stringify(modelId)}.`);
  }
  const displayName = (schema.displayName ?? name.split('-').map((word) => word[0]?.toUpperCase() + word.slice(1)).join(' ')).trim();
  if (displayName === '' || /['`\\\n]/.test(displayName)) throw new Error(`displayName must be plain text without quotes or backslashes, got ${JSON.stringify(displayName)}.`);
  const root = `packages/${name}`;
  if (tree.exists(root)) throw new Error(`${root} already exists: choose another name, or delete the folder first.`);
  if (!tree.exists(FAMILY_LIST)) throw new Error(`${FAMILY_LIST} (the one list of families) is missing: run the generator at the workspace root.`);
  return { name, exportName, typeName: names(name).className, displayName, modelPrefix, modelId, root };
}

/**
 * The package.json of the family: the fields and order of the existing family packages (version
 * of the fixed release group, types-first exports map for ESM + CJS with the `./models` subpath, files, no side effects,
 * engines, the same scripts, `@bedrock-kit/core` as its only dependency). The facade and the
 * emulator are dev dependencies for the conformance test. The `nx` block: the tag `family` is how
 * the facade's build finds every family to build first (its `/all` imports them all), so the edge
 * back from this dev dependency is removed (it would be a cycle) and the facade is built before
 * this package's tests instead, its build output part of their cache key.
 * @param {FamilyOptions} options
 * @param {string} version
 * @param {{ bedrock: { version: string }, emulator: { version: string } }} workspace
 */
function createManifest(options, version, workspace) {
  // The facade is no graph dependency, so its built files (and those it runs on) enter the cache key here.
  const afterTheFacade = {
    dependsOn: ['^build', { projects: ['@bedrock-kit/bedrock'], target: 'build' }],
    inputs: ['default', '^production', { dependentTasksOutputFiles: '**/*', transitive: true }],
  };
  return {
    name: `@bedrock-kit/${options.name}`,
    version,
    description: `${options.displayName} models on Amazon Bedrock: model table and codecs for @bedrock-kit/bedrock.`,
    license: 'Apache-2.0',
    type: 'module',
    sideEffects: false,
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      // The model table as the docs list it (src/model-listing.ts): the README's capability matrix reads it.
      './models': {
        import: { types: './dist/models.d.ts', default: './dist/models.js' },
        require: { types: './dist/models.d.cts', default: './dist/models.cjs' },
      },
      './package.json': './package.json',
    },
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'README.md', 'LICENSE'],
    engines: { node: '>=20.19' },
    scripts: {
      build: 'tsup',
      typecheck: 'tsc -p tsconfig.json',
      test: 'vitest run',
      'lint:package': 'publint --strict && attw --pack . --profile node16',
    },
    dependencies: { '@bedrock-kit/core': version },
    devDependencies: {
      '@bedrock-kit/bedrock': workspace.bedrock.version,
      '@bedrock-kit/emulator': workspace.emulator.version,
    },
    repository: { type: 'git', url: 'git+https://github.com/bedrock-kit/bedrock-kit.git', directory: options.root },
    keywords: ['aws', 'bedrock', 'llm', options.name],
    nx: {
      tags: ['family'],
      implicitDependencies: ['!@bedrock-kit/bedrock'],
      targets: {
        test: afterTheFacade,
        typecheck: afterTheFacade,
      },
    },
  };
}

/**
 * The list with the family's line appended (one `export { x } from '@bedrock-kit/<name>';` per
 * family). Refuses an export name or package the list already has.
 * @param {string | null} list
 * @param {FamilyOptions} options
 */
function appendFamilyLine(list, options) {
  if (list === null) throw new Error(`${FAMILY_LIST} is missing.`);
  const line = `export { ${options.exportName} } from '@bedrock-kit/${options.name}';`;
  for (const existing of list.split('\n')) {
    if (existing.includes(`'@bedrock-kit/${options.name}'`)) throw new Error(`${FAMILY_LIST} already lists @bedrock-kit/${options.name}.`);
    if (new RegExp(`^export \\{ ${options.exportName} \\}`).test(existing)) throw new Error(`${FAMILY_LIST} already exports ${options.exportName}: pass another --exportName.`);
  }
  return `${list.endsWith('\n') || list === '' ? list : `${list}\n`}${line}\n`;
}

/** @param {import('@nx/devkit').Tree} tree @param {string} path */
function readJson(tree, path) {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: run the generator at the workspace root.`);
  return JSON.parse(text);
}

module.exports = familyGenerator;
module.exports.default = familyGenerator;
module.exports.familyGenerator = familyGenerator;
module.exports.normalizeFamilyOptions = normalizeFamilyOptions;
module.exports.appendFamilyLine = appendFamilyLine;
module.exports.FAMILY_LIST = FAMILY_LIST;
