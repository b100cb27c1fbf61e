import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilers, createConsumerProject, moduleSettings, typeCheck, type ReadmeExample } from './create-consumer-project';

let project: { directory: string; examples: Map<string, ReadmeExample> };
beforeAll(async () => {
  project = await createConsumerProject();
});
afterAll(() => {
  if (project) rmSync(project.directory, { recursive: true, force: true });
});

describe('a consumer project from the packed tarballs, installed offline', () => {
  it('has every README example to check, our packages from the tarballs', async () => {
    expect(project.examples.size).toBeGreaterThanOrEqual(30);
    const { readFileSync } = await import('node:fs');
    const lock = JSON.parse(readFileSync(join(project.directory, 'package-lock.json'), 'utf8'));
    const ours = Object.entries<{ resolved?: string }>(lock.packages).filter(([path]) => /node_modules\/@bedrock-kit\//.test(path));
    expect(ours.length).toBeGreaterThanOrEqual(13);
    for (const [path, entry] of ours) expect(entry.resolved, path).toMatch(/^file:tarballs\/bedrock-kit-.*\.tgz$/);
  });

  describe.each(Object.keys(compilers) as (keyof typeof compilers)[])('%s', (compiler) => {
    it.each(Object.keys(moduleSettings) as (keyof typeof moduleSettings)[])('type-checks every README example with moduleResolution %s', async (settings) => {
      const { version, diagnostics } = await typeCheck(project.directory, compiler, settings);
      expect(version).toMatch(compiler === 'TypeScript 7' ? /^Version 7\./ : /^Version 5\.9\./);
      // Name the README block of each diagnostic, so a failure says which example to fix.
      const named = diagnostics.map((line) => {
        const file = /^(src\/example-\d+\.ts)/.exec(line)?.[1];
        return file ? `${project.examples.get(file)!.name}: ${line}` : line;
      });
      expect(named).toEqual([]);
    });
  });
});
