// @ts-check
/**
 * Nx Release "version actions" for this npm-workspaces repository: reads and writes the
 * `version` of each package.json and the exact versions of its @bedrock-kit dependencies.
 * Nx's default implementation lives in the @nx/js plugin, which this workspace does not
 * install (only plain `nx`), so the few steps it needs are here.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { VersionActions } = require('nx/release');

const dependencyCollections = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** @param {import('nx/src/generators/tree').Tree} tree @param {string} path */
const readJson = (tree, path) => JSON.parse(tree.read(path, 'utf-8') ?? 'null');
/** @param {import('nx/src/generators/tree').Tree} tree @param {string} path @param {unknown} value */
const writeJson = (tree, path, value) => tree.write(path, `${JSON.stringify(value, null, 2)}\n`);

class NpmVersionActions extends VersionActions {
  validManifestFilenames = ['package.json'];

  /** @param {import('nx/src/generators/tree').Tree} tree */
  async readCurrentVersionFromSourceManifest(tree) {
    const manifestPath = join(this.projectGraphNode.data.root, 'package.json');
    return { currentVersion: readJson(tree, manifestPath).version, manifestPath };
  }

  /** Versions come from the manifests on disk (currentVersionResolver "disk"). */
  async readCurrentVersionFromRegistry() {
    return null;
  }

  /** @param {import('nx/src/generators/tree').Tree} tree @param {import('nx/src/config/project-graph').ProjectGraph} projectGraph @param {string} dependencyProjectName */
  async readCurrentVersionOfDependency(tree, projectGraph, dependencyProjectName) {
    const manifest = readJson(tree, join(this.projectGraphNode.data.root, 'package.json'));
    const packageName = packageNameOf(projectGraph, dependencyProjectName);
    for (const collection of dependencyCollections) {
      const spec = manifest[collection]?.[packageName];
      if (spec !== undefined) return { currentVersion: spec, dependencyCollection: collection };
    }
    return { currentVersion: null, dependencyCollection: null };
  }

  /** @param {import('nx/src/generators/tree').Tree} tree @param {string} newVersion */
  async updateProjectVersion(tree, newVersion) {
    return this.manifestsToUpdate.map(({ manifestPath }) => {
      writeJson(tree, manifestPath, { ...readJson(tree, manifestPath), version: newVersion });
      return `✍️  New version ${newVersion} written to manifest: ${manifestPath}`;
    });
  }

  /** @param {import('nx/src/generators/tree').Tree} tree @param {import('nx/src/config/project-graph').ProjectGraph} projectGraph @param {Record<string, string>} dependenciesToUpdate */
  async updateProjectDependencies(tree, projectGraph, dependenciesToUpdate) {
    const logs = [];
    for (const { manifestPath } of this.manifestsToUpdate) {
      const manifest = readJson(tree, manifestPath);
      let count = 0;
      for (const [projectName, version] of Object.entries(dependenciesToUpdate)) {
        const packageName = packageNameOf(projectGraph, projectName);
        for (const collection of dependencyCollections) {
          const spec = manifest[collection]?.[packageName];
          if (spec === undefined || spec.startsWith('workspace:') || spec.startsWith('file:')) continue;
          // Keep a range prefix if one was used; this repository pins exact versions.
          manifest[collection][packageName] = `${/^[\^~]/.exec(spec)?.[0] ?? ''}${version}`;
          count++;
        }
      }
      if (count > 0) {
        writeJson(tree, manifestPath, manifest);
        logs.push(`✍️  Updated ${count} dependenc${count === 1 ? 'y' : 'ies'} in manifest: ${manifestPath}`);
      }
    }
    return logs;
  }
}

/** @param {import('nx/src/config/project-graph').ProjectGraph} projectGraph @param {string} projectName */
function packageNameOf(projectGraph, projectName) {
  return projectGraph.nodes[projectName]?.data.metadata?.js?.packageName ?? projectName;
}

/**
 * After the released manifests are written (and flushed to disk): move the private workspace
 * packages (tools/*) and the examples to the new versions too, since npm would otherwise look
 * for the old versions on the registry, then bring package-lock.json in line (`npm ci` refuses
 * a lock file out of sync with the manifests).
 * @type {import('nx/release').AfterAllProjectsVersioned}
 */
async function afterAllProjectsVersioned(cwd, { dryRun }) {
  if (dryRun) {
    console.log('Dry run: would move tools/* and examples/* to the new @bedrock-kit versions, write the facade\'s optional peers from the one list and update package-lock.json.');
    return { changedFiles: [], deletedFiles: [] };
  }
  const readManifest = (path) => ({ path, json: JSON.parse(readFileSync(join(cwd, path), 'utf8')) });
  const rootManifest = readManifest('package.json').json;
  const workspaces = rootManifest.workspaces.flatMap((pattern) => expandDirectory(cwd, pattern));
  const examples = expandDirectory(cwd, 'examples/*');
  const manifests = [...workspaces, ...examples].map((dir) => readManifest(join(dir, 'package.json')));
  const released = new Map(manifests.filter(({ json }) => !json.private).map(({ json }) => [json.name, json.version]));
  const changedFiles = [];
  for (const { path, json } of manifests.filter(({ json }) => json.private)) {
    let changed = false;
    for (const collection of dependencyCollections) {
      for (const [name, spec] of Object.entries(json[collection] ?? {})) {
        const version = released.get(name);
        if (version === undefined || spec === version || /^(workspace:|file:|\*$)/.test(spec)) continue;
        json[collection][name] = version;
        changed = true;
      }
    }
    if (changed) {
      writeFileSync(join(cwd, path), `${JSON.stringify(json, null, 2)}\n`);
      changedFiles.push(path);
    }
  }
  changedFiles.push(...writeFamilyPeers(cwd, released));
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd, stdio: 'inherit' });
  return { changedFiles: [...changedFiles, 'package-lock.json'], deletedFiles: [] };
}

/**
 * The facade's optional peer dependencies are the families of the one list
 * (packages/bedrock/src/all/families.ts, which `/all` re-exports), at the released version. Written
 * here, in the release commit, so adding a family (its package and one line of the list, from the
 * generator) edits no manifest.
 * @param {string} cwd @param {Map<string, string>} released package name → released version
 * @returns {string[]} the manifest when it changed
 */
function writeFamilyPeers(cwd, released) {
  const path = 'packages/bedrock/package.json';
  const list = readFileSync(join(cwd, 'packages/bedrock/src/all/families.ts'), 'utf8');
  const families = [...list.matchAll(/^export .* from '(@bedrock-kit\/[a-z0-9-]+)';$/gm)].map((match) => match[1]);
  const manifest = JSON.parse(readFileSync(join(cwd, path), 'utf8'));
  const peers = { ...manifest.peerDependencies };
  const meta = { ...manifest.peerDependenciesMeta };
  for (const family of families) {
    const version = released.get(family);
    if (version === undefined) throw new Error(`${family} is in the one list of families but not a released workspace package.`);
    peers[family] = version;
    meta[family] = { optional: true };
  }
  const next = { ...manifest, peerDependencies: peers, peerDependenciesMeta: meta };
  if (JSON.stringify(next) === JSON.stringify(manifest)) return [];
  writeFileSync(join(cwd, path), `${JSON.stringify(next, null, 2)}\n`);
  return [path];
}

/** `dir` itself, or the folders with a package.json matched by `dir/*`. */
function expandDirectory(cwd, pattern) {
  if (!pattern.endsWith('/*')) return [pattern];
  const parent = pattern.slice(0, -2);
  if (!existsSync(join(cwd, parent))) return [];
  return readdirSync(join(cwd, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(cwd, parent, entry.name, 'package.json')))
    .map((entry) => `${parent}/${entry.name}`);
}

module.exports = NpmVersionActions;
module.exports.default = NpmVersionActions;
module.exports.afterAllProjectsVersioned = afterAllProjectsVersioned;
module.exports.writeFamilyPeers = writeFamilyPeers;
