import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './read-readme-examples';

// Issue 7 "package quality": what each published package contains and declares.
const run = promisify(execFile);
// The families come from the one list, so a generated family is checked without editing this file.
const familyList = readFileSync(join(repositoryRoot, 'packages/bedrock/src/all/families.ts'), 'utf8');
const families = [...new Set([...familyList.matchAll(/^export .* from '@bedrock-kit\/([a-z0-9-]+)';$/gm)].map((match) => match[1]!))]; // a package may hold two family values
const manifest = (name: string) => JSON.parse(readFileSync(join(repositoryRoot, 'packages', name, 'package.json'), 'utf8'));
// Every public package in packages/*: a package added there is checked without editing this file.
const packages = readdirSync(join(repositoryRoot, 'packages'))
  .filter((name) => existsSync(join(repositoryRoot, 'packages', name, 'package.json')) && manifest(name).private !== true)
  .sort();
/** What each package publishes beside `dist`, README and LICENSE: launchers that exist before any build, the emulator's service model. */
const expectedFiles: Record<string, string[]> = {
  bedrock: ['bin', 'dist', 'README.md', 'LICENSE'],
  emulator: ['dist', 'bin', 'service-model', 'README.md', 'LICENSE'],
};
/** `ai` 7, which the AI SDK provider serves, declares Node 22; every other package runs on Node 20.19. */
const expectedEngines: Record<string, string> = { 'ai-sdk': '>=22' };

/** The packages a built file loads: `import … from`, bare `import`, `import()` and `require()` of a bare specifier. */
function listImportedPackages(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|^import\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'./#][^"']*)["']/gm)].map((match) => match[1]!);
  const packageNames = specifiers
    .filter((specifier) => !isBuiltin(specifier))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  return [...new Set(packageNames)];
}

it('checks every public package: the facade, its parts, every family of the one list, the AI SDK provider and the emulator', () => {
  expect(families).toEqual(expect.arrayContaining(['anthropic', 'cohere', 'openai-oss', 'meta-llama']));
  expect(packages).toEqual(expect.arrayContaining(['core', 'aws-auth', 'eventstream', 'bedrock', 'ai-sdk', 'emulator', ...families]));
});

describe.each(packages)('@bedrock-kit/%s', (name) => {
  it('declares an exports map with types, import and require for every entry, and no side effects', () => {
    const pkg = manifest(name);
    expect(pkg.name).toBe(`@bedrock-kit/${name}`);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.engines.node).toBe(expectedEngines[name] ?? '>=20.19');
    // bedrock's `bin/bedrock-kit.js` is a committed launcher, so npm links the command before any build.
    expect(pkg.files).toEqual(expectedFiles[name] ?? ['dist', 'README.md', 'LICENSE']);
    for (const [subpath, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if (subpath === './package.json') continue;
      expect(target, subpath).toMatchObject({
        import: { types: expect.stringMatching(/\.d\.ts$/), default: expect.stringMatching(/\.js$/) },
        require: { types: expect.stringMatching(/\.d\.cts$/), default: expect.stringMatching(/\.cjs$/) },
      });
      // types must come first inside each condition (TypeScript reads the first match)
      const conditions = target as Record<string, Record<string, string>>;
      expect(Object.keys(conditions.import!)[0]).toBe('types');
      expect(Object.keys(conditions.require!)[0]).toBe('types');
    }
  });

  it('loads only the packages it declares as dependencies (smithy is bundled into aws-auth, not installed)', () => {
    const pkg = manifest(name);
    const declared = new Set([pkg.name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies })]);
    // The facade's optional peers are the families of the one list: the release writes them into its
    // package.json from the list (tools/release/npm-version-actions.cjs), so a new family needs no edit there.
    if (name === 'bedrock') for (const family of families) declared.add(`@bedrock-kit/${family}`);
    const dist = join(repositoryRoot, 'packages', name, 'dist');
    const builtFiles = readdirSync(dist).filter((file) => /\.c?js$/.test(file));
    expect(builtFiles.length).toBeGreaterThan(0);
    for (const file of builtFiles) {
      const undeclared = listImportedPackages(readFileSync(join(dist, file), 'utf8')).filter((imported) => !declared.has(imported));
      expect(undeclared, `dist/${file}`).toEqual([]);
    }
    if (name === 'aws-auth') expect(Object.keys(pkg.dependencies)).toEqual(['@bedrock-kit/core']);
  });

  it('packs only the built files, README and LICENSE (npm pack --dry-run)', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(repositoryRoot, 'packages', name) });
    const files: string[] = JSON.parse(stdout)[0].files.map((file: { path: string }) => file.path);
    const published = new RegExp(`^(${(expectedFiles[name] ?? ['dist', 'README.md', 'LICENSE']).map((entry) => entry.replace('.', '\\.')).join('|')})(/|$)|^package\\.json$`);
    expect(files.filter((file) => !published.test(file))).toEqual([]);
    // Source maps are not published: the built JavaScript is unminified and readable as it is.
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'README.md', 'LICENSE']));
    expect(files.some((file) => /\.test\.|__fixtures__|test-support/.test(file))).toBe(false);
    if (name === 'bedrock') expect(files).toEqual(expect.arrayContaining(['dist/all.js', 'dist/fixtures.js', 'dist/cli.js', 'bin/bedrock-kit.js']));
    if (name === 'emulator') expect(files).toEqual(expect.arrayContaining(['bin/bedrock-emulator.js', expect.stringMatching(/^service-model\/.*\.json$/)]));
  });

  it('publishes types without @internal members (the test hooks of BedrockOptions stay out)', () => {
    const dist = join(repositoryRoot, 'packages', name, 'dist');
    const declarations = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file));
    expect(declarations.length).toBeGreaterThan(0);
    for (const file of declarations) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, `dist/${file}`).not.toContain('@internal');
      if (/interface BedrockOptions\b/.test(text)) {
        const options = text.slice(text.indexOf('interface BedrockOptions'));
        const body = options.slice(0, options.indexOf('\n}'));
        expect(body).toContain('telemetry?: TelemetryOptions');
        expect(body).not.toMatch(/\b(now|random|nameSetting)\?:/);
      }
    }
  });
});
