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

/**
 * What `file` imports statically for its values: type-only imports and exports are erased, and an
 * `import()` is a chunk of its own. Package modules as paths, other specifiers (`@smithy/…`, `#sha256`) as written.
 */
function staticValueImportsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s)?[^;]*?from\s+['"]([^'"]+)['"]/g)].filter((m) => m[2] === undefined).map((m) => m[3]!);
  return specifiers.map((specifier) => (specifier.startsWith('.') ? join(dirname(file), specifier.endsWith('.ts') ? specifier : `${specifier}.ts`) : specifier));
}

/** Every module and outside specifier `roots` reach through static value imports. */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (node: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (!node.startsWith(srcRoot)) return;
    for (const next of staticValueImportsOf(node, readFileSync(node, 'utf8'))) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

describe('the SigV4 signer is reached only through import() (a chunk of its own)', () => {
  const at = (name: string) => join(srcRoot, name);
  // The modules loaded on use: the signer, and the presigner createBedrockApiKey uses.
  const loadedOnUse = [at('create-sigv4-headers.ts'), at('mint-bedrock-api-key.ts')];

  it('reads static value imports only (the check itself works)', () => {
    const text = "import type { A } from './a';\nimport { b, type B } from './b';\nexport type { C } from './c';\nexport { d } from '#d';\nconst e = () => import('./e');";
    expect(staticValueImportsOf(at('x.ts'), text)).toEqual([at('b.ts'), '#d']);
  });

  it('the up-front code (everything index.ts exports) reaches no signer module, smithy or #sha256', () => {
    const upFront = staticClosure([at('index.ts')]);
    expect(upFront).toContain(at('create-auth-headers.ts'));
    expect(upFront).toContain(at('sign-request.ts'));
    const signer = staticClosure(loadedOnUse);
    expect(signer).toContain(at('derive-signing-key.ts'));
    expect(signer).toContain('@smithy/signature-v4');
    expect(signer).toContain('#sha256');
    // Shared by both sides: only WebCryptoSha256 (a public export no call path imports) and what it
    // imports, and core. Any other module here would put signer code into every bundle's up-front chunk.
    const shared = [...signer].filter((node) => upFront.has(node)).map((node) => (node.startsWith(srcRoot) ? relative(srcRoot, node) : node));
    const allowed = ['@bedrock-kit/core', 'get-subtle-crypto.ts', 'web-crypto-sha256.ts'];
    expect(shared.filter((node) => !allowed.includes(node))).toEqual([]);
  });

  it('the modules loaded on use are imported with import() and nowhere statically', () => {
    const files = moduleFiles(srcRoot);
    for (const target of loadedOnUse) {
      const importers = files.filter((file) => staticValueImportsOf(file, readFileSync(file, 'utf8')).includes(target));
      expect(importers.map((file) => relative(srcRoot, file))).toEqual([]);
    }
    expect(readFileSync(at('sign-request.ts'), 'utf8')).toContain("import('./create-sigv4-headers')");
    expect(readFileSync(at('create-bedrock-api-key.ts'), 'utf8')).toContain("import('./mint-bedrock-api-key')");
  });
});
