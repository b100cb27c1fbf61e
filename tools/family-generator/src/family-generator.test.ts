import { createBedrock } from '@bedrock-kit/bedrock';
import type { ModelFamily } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator, type Emulator } from '@bedrock-kit/emulator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace, run, workspaceRoot } from './workspace-copy.test-support';

// Issue 13: adding a family is running the generator, nothing else. This runs it in a temporary
// copy of the workspace for a throwaway family, builds the package, calls it through the facade
// against the emulator, and reads `git status` there; then regenerates the README's capability
// matrix from the one list with its one command, which must need no code edited either.
// (The copy's other `@bedrock-kit/*` packages are this workspace's, built: their `/models` too.)
const name = 'throwaway-test-family';
const list = 'packages/bedrock/src/all/families.ts';
const bin = (path: string) => join(workspaceRoot, 'node_modules', path);
const answer = (prompt: string) => `Hello from the bedrock-kit emulator. You said: ${prompt}`;

let workspace: Awaited<ReturnType<typeof copyWorkspace>>;
let family: ModelFamily;
let emulator: Emulator;
/** `git status` right after the generator ran, and after the README matrix was regenerated. */
let statusAfterGenerator: string;
let statusAfterMatrix: string;
const packageRoot = () => join(workspace.root, 'packages', name);
const gitStatus = () => run('git', ['status', '--porcelain', '--untracked-files=all'], workspace.root);

beforeAll(async () => {
  workspace = await copyWorkspace();
  await run(
    process.execPath,
    [bin('nx/dist/bin/nx.js'), 'g', '@bedrock-kit/family-generator:family', name, '--modelPrefix=throwaway.', '--displayName=Throwaway', '--no-interactive'],
    workspace.root,
  );
  statusAfterGenerator = await gitStatus();
  workspace.linkPackage(`${name}`, `packages/${name}`);
  await run(process.execPath, [bin('tsup/dist/cli-default.js')], packageRoot());
  await run(process.execPath, ['tools/scripts/capability-matrix.mjs', '--write'], workspace.root);
  statusAfterMatrix = await gitStatus();
  family = ((await import(pathToFileURL(join(packageRoot(), 'dist', 'index.js')).href)) as Record<string, ModelFamily>).throwawayTestFamily!;
  emulator = await startEmulator();
}, 300_000);

afterAll(async () => {
  await emulator?.close();
  workspace?.remove();
});

describe('npx nx g @bedrock-kit/family-generator:family <name>', () => {
  it('changes nothing but the new package folder and one appended line of the one list (git status)', async () => {
    const changed = statusAfterGenerator.split('\n').filter(Boolean);
    expect(changed.filter((line) => !line.startsWith(`?? packages/${name}/`))).toEqual([` M ${list}`]);
    const diff = await run('git', ['diff', '--unified=0', '--', list], workspace.root);
    expect(diff.split('\n').filter((line) => /^[+-][^+-]/.test(line))).toEqual([`+export { throwawayTestFamily } from '@bedrock-kit/${name}';`]);
  });

  it('the README capability matrix is regenerated from the list by one command: only the matrix changes, by the new family’s row', async () => {
    const changed = statusAfterMatrix.split('\n').filter(Boolean);
    expect(changed.filter((line) => !line.startsWith(`?? packages/${name}/`)).sort()).toEqual([' M README.md', ` M ${list}`]);
    expect(changed.filter((line) => line.startsWith(`?? packages/${name}/`))).toEqual(statusAfterGenerator.split('\n').filter((line) => line.startsWith(`?? packages/${name}/`)));
    const [start, end] = ['<!-- capability-matrix:start -->', '<!-- capability-matrix:end -->'];
    const before = await run('git', ['show', 'HEAD:README.md'], workspace.root);
    const after = readFileSync(join(workspace.root, 'README.md'), 'utf8');
    const outside = (readme: string) => [readme.slice(0, readme.indexOf(start)), readme.slice(readme.indexOf(end))];
    const inside = (readme: string) => readme.slice(readme.indexOf(start), readme.indexOf(end)).split('\n');
    expect(after.indexOf(start)).toBeGreaterThan(-1);
    expect(outside(after)).toEqual(outside(before));
    // The matrix keeps every line it had, in order, and gains the generated row (the placeholder model: no capability, on demand).
    const added = inside(after).filter((line) => !inside(before).includes(line));
    expect(inside(after).filter((line) => !added.includes(line))).toEqual(inside(before));
    expect(added).toEqual([`| ${name} | Throwaway | \`throwaway.example-v1:0\` | — | — | — | — | — | — | — | — | — |`]);
  });

  it('generates the package files of a family (sources, tests, README, build and test config, LICENSE)', async () => {
    const status = await run('git', ['status', '--porcelain', '--untracked-files=all', '--', `packages/${name}`], workspace.root);
    const files = status.split('\n').filter(Boolean).map((line) => line.slice(`?? packages/${name}/`.length));
    expect(files.sort()).toEqual(
      [
        'LICENSE',
        'README.md',
        'package.json',
        'src/index.ts',
        'src/model-listing.ts',
        `src/${name}-models.ts`,
        `src/${name}-native-codec.test.ts`,
        `src/${name}-native-codec.ts`,
        `src/${name}-on-the-wire.test.ts`,
        `src/${name}.ts`,
        'src/readme.test.ts',
        `src/resolve-${name}-model.test.ts`,
        `src/resolve-${name}-model.ts`,
        'tsconfig.json',
        'tsup.config.ts',
        'vitest.config.ts',
      ].sort(),
    );
    expect(readFileSync(join(packageRoot(), 'LICENSE'), 'utf8')).toBe(readFileSync(join(workspaceRoot, 'LICENSE'), 'utf8'));
    for (const config of ['tsconfig.json', 'tsup.config.ts', 'vitest.config.ts']) {
      expect(readFileSync(join(packageRoot(), config), 'utf8'), config).toBe(readFileSync(join(workspaceRoot, 'packages/meta-llama', config), 'utf8'));
    }
  });

  it('writes package.json with the conventions of the existing family packages', () => {
    const generated = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
    const existing = JSON.parse(readFileSync(join(workspaceRoot, 'packages/meta-llama/package.json'), 'utf8'));
    for (const field of ['version', 'license', 'type', 'sideEffects', 'exports', 'main', 'module', 'types', 'files', 'engines', 'scripts', 'dependencies']) {
      expect(generated[field], field).toEqual(existing[field]);
    }
    expect(generated.name).toBe(`@bedrock-kit/${name}`);
    expect(generated.repository).toEqual({ ...existing.repository, directory: `packages/${name}` });
    expect(Object.keys(generated.exports['.'].import)[0]).toBe('types');
  });

  it('the facade builds it first and its own tests run after the facade is built, without a cycle (Nx task graph)', async () => {
    const nx = bin('nx/dist/bin/nx.js');
    const tasks = async (project: string, target: string) => {
      const output = await run(process.execPath, [nx, 'run-many', '-t', target, `--projects=${project}`, '--graph=stdout'], workspace.root);
      return (JSON.parse(output.slice(output.indexOf('{'))) as { tasks: { dependencies: Record<string, { id: string }[]> } }).tasks.dependencies;
    };
    const facade = await tasks('@bedrock-kit/bedrock', 'build');
    expect(facade['@bedrock-kit/bedrock:build']).toContainEqual({ id: `@bedrock-kit/${name}:build` });
    expect(facade[`@bedrock-kit/${name}:build`]).not.toContainEqual({ id: '@bedrock-kit/bedrock:build' });
    const own = await tasks(`@bedrock-kit/${name}`, 'test');
    expect(own[`@bedrock-kit/${name}:test`]).toContainEqual({ id: '@bedrock-kit/bedrock:build' });
  });

  it('builds ESM, CJS and type declarations with tsup', async () => {
    const dist = await run('ls', [join(packageRoot(), 'dist')], workspace.root);
    expect(dist.split('\n').filter(Boolean)).toEqual(
      expect.arrayContaining(['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'models.js', 'models.cjs', 'models.d.ts', 'models.d.cts']),
    );
    // `/models` is a build of its own: the main entry neither holds nor loads the listing.
    expect(readFileSync(join(packageRoot(), 'dist', 'index.js'), 'utf8')).not.toMatch(/listModels|models\.js/);
    const { listModels } = (await import(pathToFileURL(join(packageRoot(), 'dist', 'models.js')).href)) as { listModels: () => unknown[] };
    expect(listModels()).toEqual([{ name: 'Throwaway', id: 'throwaway.example-v1:0', capabilities: expect.objectContaining({ tools: false, systemPrompt: true }), profileOnly: false }]);
    expect(family).toMatchObject({ specificationVersion: 'v1', name, displayName: 'Throwaway', defaultRoute: 'converse' });
    // The native codec is a chunk of its own that the ESM entry loads on use, never up front.
    expect(dist.split('\n').filter((file) => file.startsWith(`${name}-native-codec-`) && file.endsWith('.js'))).toHaveLength(1);
    expect(readFileSync(join(packageRoot(), 'dist', 'index.js'), 'utf8')).toMatch(new RegExp(`import\\(['"]\\./${name}-native-codec-[\\w-]+\\.js['"]\\)`));
    expect(family.native).toEqual({ load: expect.any(Function) });
  });

  it('generateText and streamText through the facade and the emulator, with the family passed to createBedrock', async () => {
    const bedrock = createBedrock({ families: [family], endpoint: emulator.url, apiKey: emulatorApiKey, region: 'us-east-1' });
    const model = 'throwaway.example-v1:0';

    const result = await bedrock.generateText({ model, prompt: 'Say hi' });
    expect(result).toMatchObject({ api: 'converse', text: answer('Say hi'), finishReason: 'stop' });
    const stream = bedrock.streamText({ model, prompt: 'Count to three' });
    const deltas: string[] = [];
    for await (const delta of stream.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(answer('Count to three'));
    expect((await stream.result).finishReason).toBe('stop');
    expect(emulator.requests.map((request) => request.path)).toEqual([
      `/model/${encodeURIComponent(model)}/converse`,
      `/model/${encodeURIComponent(model)}/converse-stream`,
    ]);

    // The model table is the family's: a request the row can't serve fails before the network.
    const tools = { weather: { description: 'Weather of a city', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } } };
    await expect(bedrock.generateText({ model, prompt: 'Weather?', tools })).rejects.toMatchObject({ name: 'InputError' });
    expect(emulator.requests).toHaveLength(2);
  });

  it("the generated package's own tests (unit, README table, emulator conformance) and typecheck pass", async () => {
    await run(process.execPath, [bin('vitest/vitest.mjs'), 'run'], packageRoot());
    // The shared vitest config writes this JSON report in every package.
    const report = JSON.parse(readFileSync(join(packageRoot(), 'test-results.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    expect(report.numFailedTests).toBe(0);
    expect(report.numPassedTests).toBe(report.numTotalTests);
    expect(report.numPassedTests).toBeGreaterThanOrEqual(10);
    await run(process.execPath, [bin('typescript/bin/tsc'), '-p', 'tsconfig.json'], packageRoot());
  });
});
