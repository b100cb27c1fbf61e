import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Every TypeScript block (```ts, ```ts vitest), importing this package's source instead of its name. */
const blocks = [...readme.matchAll(/```ts( vitest)?\n([\s\S]*?)```/g)].map((match, index) => ({
  name: `readme-${index + 1}${match[1] ? '.test' : ''}.mts`,
  vitest: Boolean(match[1]),
  code: match[2]!.replaceAll("'@bedrock-kit/emulator'", JSON.stringify(entry)),
}));
// Inside the package, so `vitest` and `@types/node` resolve from the workspace's node_modules.
const folder = join(packageRoot, `readme-check-${process.pid}`);

beforeAll(() => {
  mkdirSync(folder, { recursive: true });
  for (const block of blocks) writeFileSync(join(folder, block.name), block.code);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number | null; output: string }> {
  // Nx sets FORCE_COLOR for its children; the README's output is plain text.
  const child = spawn(process.execPath, args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const [code] = await once(child, 'exit');
  return { code, output };
}

describe('README', () => {
  it('has the examples this test runs: a first call, a vitest file, a node:test file', () => {
    expect(blocks.map((b) => b.vitest)).toEqual([false, true, false]);
    expect(blocks[2]!.code).toContain("from 'node:test'");
  });

  it('every TypeScript block type-checks', async () => {
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ extends: join(repositoryRoot, 'tsconfig.base.json'), compilerOptions: { types: ['node'] }, include: ['*.mts'] }),
    );
    const { code, output } = await run([join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 90_000);

  it('runs the first example as written', async () => {
    const { code, output } = await run(['--import', 'tsx', blocks[0]!.name]);
    expect(output.trim()).toBe('200 true 200');
    expect(code).toBe(0);
  });

  it('the node:test example passes', async () => {
    const { code, output } = await run(['--import', 'tsx', '--test-reporter=tap', blocks[2]!.name]);
    expect(output).toMatch(/# pass 2\n# fail 0/);
    expect(code).toBe(0);
  });

  it('the vitest example passes', async () => {
    // Its own config: otherwise vitest finds the package's (which includes only src/).
    writeFileSync(join(folder, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mts'] } };\n");
    const vitest = join(repositoryRoot, 'node_modules/vitest/vitest.mjs');
    const { code, output } = await run([vitest, 'run', '--root', folder, '--config', 'vitest.config.mjs', '--reporter=dot']);
    expect(output).toMatch(/Tests\s+3 passed \(3\)/);
    expect(code).toBe(0);
  }, 60_000);
});
