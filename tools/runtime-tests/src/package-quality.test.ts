import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './read-readme-examples';

// Issue 7 "package quality": what each published package contains and declares.
const run = promisify(execFile);
const packages = ['core', 'aws-auth', 'eventstream', 'anthropic', 'cohere', 'openai-oss', 'meta-llama', 'bedrock'];
const manifest = (name: string) => JSON.parse(readFileSync(join(repositoryRoot, 'packages', name, 'package.json'), 'utf8'));

describe.each(packages)('@bedrock-kit/%s', (name) => {
  it('declares an exports map with types, import and require for every entry, and no side effects', () => {
    const pkg = manifest(name);
    expect(pkg.name).toBe(`@bedrock-kit/${name}`);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.files).toEqual(['dist', 'README.md', 'LICENSE']);
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

  it('packs only the built files, README and LICENSE (npm pack --dry-run)', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(repositoryRoot, 'packages', name) });
    const files: string[] = JSON.parse(stdout)[0].files.map((file: { path: string }) => file.path);
    expect(files.filter((file) => !/^dist\/|^README\.md$|^LICENSE$|^package\.json$/.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'README.md', 'LICENSE']));
    expect(files.some((file) => /\.test\.|__fixtures__|test-support/.test(file))).toBe(false);
    if (name === 'bedrock') expect(files).toEqual(expect.arrayContaining(['dist/all.js', 'dist/fixtures.js', 'dist/cli.js']));
  });
});
