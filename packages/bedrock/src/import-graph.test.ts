import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package's source files (tests and test support left out) and the relative imports between them, type imports included.
const src = dirname(fileURLToPath(import.meta.url));
const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const files = walk(src).filter((path) => path.endsWith('.ts') && !/\.(test|test-support|fixtures)\.ts$/.test(path));
const name = (path: string) => relative(src, path).replace(/\.ts$/, '');

function readImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const [, specifier] of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = resolve(dirname(file), specifier!);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    if (!target) throw new Error(`${name(file)} imports ${specifier}, which is not a source file`);
    targets.push(name(target));
  }
  return targets;
}
const graph = new Map(files.map((file) => [name(file), readImports(file)]));

/** The folders in data-path order: a folder may import its own files and those of the folders before it, never after. */
const stages = ['client', 'request', 'response', 'transport', 'calls'];

describe('the package import graph', () => {
  it('reads every source file and finds imports (the check below checks something)', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('calls/stream-text')).toContain('calls/run-call');
  });

  it('has no import circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') circles.push([...path.slice(path.indexOf(target)), file, target].join(' → '));
        else if (!state.has(target)) visit(target, [...path, file]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('follows the data path: client → request → response → transport → calls, never back', () => {
    const backwards: string[] = [];
    for (const [file, targets] of graph) {
      const from = stages.indexOf(file.split('/')[0]!);
      if (from < 0) continue;
      for (const target of targets) {
        const to = stages.indexOf(target.split('/')[0]!);
        if (to > from || (to < 0 && target.includes('/'))) backwards.push(`${file} → ${target}`);
      }
    }
    expect(backwards).toEqual([]);
  });
});
