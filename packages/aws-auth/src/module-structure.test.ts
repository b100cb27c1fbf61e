import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every module of the package (tests excluded, test helpers included), with the modules it imports.
const srcRoot = fileURLToPath(new URL('.', import.meta.url));
// `#sha256` (package.json "imports") is one of two files, depending on the runtime: both count.
const aliases: Record<string, string[]> = { '#sha256': ['platform-sha256.ts', 'platform-sha256.node.ts'] };

function moduleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return moduleFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The package modules `file` imports (type-only imports included: a type circle is a design circle too). */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
  return specifiers.flatMap((specifier) => {
    if (aliases[specifier]) return aliases[specifier]!.map((name) => join(srcRoot, name));
    if (!specifier.startsWith('.')) return [];
    return [join(dirname(file), specifier.endsWith('.ts') ? specifier : `${specifier}.ts`)];
  });
}

/** Every import circle in `graph`, each as the chain of files that closes it. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (state.get(node) === undefined) visit(node);
  return cycles;
}

describe('aws-auth has no import circle', () => {
  it('finds a circle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importsOf(join(srcRoot, 'x.ts'), "import type { A } from './a';\nexport { B } from './testing/b';\nimport { C } from '@x/c';")).toEqual([
      join(srcRoot, 'a.ts'),
      join(srcRoot, 'testing', 'b.ts'),
    ]);
  });

  it('in src: no module reaches itself through its imports', () => {
    const files = moduleFiles(srcRoot);
    expect(files.length).toBeGreaterThan(20);
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    for (const targets of graph.values()) for (const target of targets) expect(files, `${target} exists`).toContain(target);
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(srcRoot, file)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});

describe('aws-auth words nothing in a facade\'s terms', () => {
  it('no module names providerOptions or createBedrock (a caller passes nameSetting for its own option names)', () => {
    const offending = moduleFiles(srcRoot).filter((file) => /providerOptions|\bcreateBedrock\b/.test(readFileSync(file, 'utf8')));
    expect(offending.map((file) => relative(srcRoot, file))).toEqual([]);
  });
});
