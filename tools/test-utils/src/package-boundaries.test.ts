import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// STYLE.md 17: the dependency rules of the design card, checked by reading each package's imports.
const packagesRoot = fileURLToPath(new URL('../../../packages', import.meta.url));
// The families of the one list, so a generated family is checked without editing this file.
const families = [
  ...readFileSync(join(packagesRoot, 'bedrock/src/all/families.ts'), 'utf8').matchAll(/^export .* from '@bedrock-kit\/([a-z0-9-]+)';$/gm),
].map((match) => match[1]!);
// Node-only by design: the CLI, fixtures, the node:http transport (decision 0012), and the `node` condition of aws-auth's `#sha256` import.
const nodeOnlyFolders = ['bedrock/src/cli', 'bedrock/src/fixtures', 'bedrock/src/node-http-', 'bedrock/src/platform-fetch.node.ts', 'aws-auth/src/node-sha256.ts', 'aws-auth/src/node-sha256-hex.ts', 'aws-auth/src/platform-sha256.node.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Test-only folders are not shipped: __fixtures__ (recorded data helpers) and testing (conformance readers).
    if (statSync(path).isDirectory()) return ['__fixtures__', 'testing'].includes(name) ? [] : sourceFiles(path);
    if (statSync(path).isDirectory()) return [];
    return /\.ts$/.test(name) && !/\.test\.ts$|\.test-support\.ts$|\.fixtures\.ts$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

function packageImports(pkg: string, filter: (file: string) => boolean = () => true): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const file of sourceFiles(join(packagesRoot, pkg, 'src')).filter(filter)) {
    map.set(relative(packagesRoot, file), importsOf(file).filter((spec) => !spec.startsWith('.')));
  }
  return map;
}

const offending = (map: Map<string, string[]>, allowed: (spec: string) => boolean) =>
  [...map].flatMap(([file, specs]) => specs.filter((spec) => !allowed(spec)).map((spec) => `${file} imports ${spec}`));

describe('package boundaries', () => {
  it.each(families)('family %s imports only @bedrock-kit/core', (family) => {
    expect(offending(packageImports(family), (spec) => spec === '@bedrock-kit/core')).toEqual([]);
  });

  it('the one list names the four families of round one and more', () => {
    expect(families).toEqual(expect.arrayContaining(['anthropic', 'cohere', 'openai-oss', 'meta-llama']));
  });

  it('core imports nothing', () => {
    expect(offending(packageImports('core'), () => false)).toEqual([]);
  });

  it('aws-auth and eventstream are independent of each other and of every family', () => {
    const awsAuth = packageImports('aws-auth', (file) => !nodeOnlyFolders.some((folder) => file.includes(folder)));
    expect(offending(awsAuth, (spec) => spec === '@bedrock-kit/core' || spec.startsWith('@smithy/') || spec === '#sha256')).toEqual([]);
    expect(offending(packageImports('eventstream'), (spec) => spec === '@bedrock-kit/core')).toEqual([]);
  });

  it("the facade's library entries import no family (only the /all subpath and the CLI may)", () => {
    const library = packageImports('bedrock', (file) => !file.includes('bedrock/src/all/') && !nodeOnlyFolders.some((folder) => file.includes(folder)));
    expect(offending(library, (spec) => ['@bedrock-kit/core', '@bedrock-kit/aws-auth', '@bedrock-kit/eventstream', '#platform-fetch'].includes(spec))).toEqual([]);
  });

  it('library code uses no Node built-ins (runs in browsers and Workers)', () => {
    const all = ['core', 'aws-auth', 'eventstream', 'bedrock', ...families].flatMap((pkg) => [
      ...packageImports(pkg, (file) => !nodeOnlyFolders.some((folder) => file.includes(folder))),
    ]);
    const nodeImports = all.flatMap(([file, specs]) => specs.filter((spec) => spec.startsWith('node:') || ['fs', 'path', 'crypto', 'buffer', 'util', 'http', 'stream'].includes(spec)).map((s) => `${file}: ${s}`));
    expect(nodeImports).toEqual([]);
    const bufferUse = ['core', 'aws-auth', 'eventstream', 'bedrock', ...families]
      .flatMap((pkg) => sourceFiles(join(packagesRoot, pkg, 'src')))
      .filter((file) => !nodeOnlyFolders.some((folder) => file.includes(folder)))
      .filter((file) => /\bBuffer\.|\bprocess\.env\b/.test(withoutCommentsAndStrings(readFileSync(file, 'utf8'))));
    expect(bufferUse.map((f) => relative(packagesRoot, f))).toEqual([]);
  });
});

/** Code only: a mention of process.env inside a message or comment is fine, a read is not. */
function withoutCommentsAndStrings(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
}
