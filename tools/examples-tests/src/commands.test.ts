import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The commands the root README starts with, and the bin launchers behind
// `npx bedrock-kit` / `npx bedrock-emulator` (tools/scripts/check-fresh-clone.mjs
// runs them in a fresh clone; these cases cover the installed-package paths).
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'bedrock-kit-bins-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An installed copy of a package holding only its launcher (and, if given, a stand-in dist/cli.js). */
function installedPackage(name: string, variant: string, launcher: string, cli?: string): string {
  const folder = join(scratch, `${name}-${variant}`, 'node_modules', '@bedrock-kit', name);
  mkdirSync(join(folder, 'bin'), { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: `@bedrock-kit/${name}`, type: 'module' }));
  copyFileSync(join(repositoryRoot, 'packages', name, 'bin', launcher), join(folder, 'bin', launcher));
  if (cli !== undefined) {
    mkdirSync(join(folder, 'dist'), { recursive: true });
    writeFileSync(join(folder, 'dist', 'cli.js'), cli);
  }
  return join(folder, 'bin', launcher);
}

describe('npm run demo', () => {
  it('runs generateText, streamText, the tool loop, a guardrail and generateObject against the emulator with no AWS settings', async () => {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDNOTUSED', AWS_REGION: 'eu-west-1' };
    const { code, stdout, stderr } = await runNode(['tools/scripts/demo.mjs', '--no-build'], repositoryRoot, env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^bedrock-kit demo · local Bedrock emulator at http:\/\/127\.0\.0\.1:\d+/m);
    expect(stdout).toContain('1. generateText · ');
    expect(stdout).toContain('2. streamText · ');
    expect(stdout).toContain('3. tool loop (execute + maxSteps: 2) · ');
    expect(stdout).toContain('step 2 (stop): The tool returned: ');
    expect(stdout).toContain('4. guardrail (providerOptions.guardrail gr1demo/1) · ');
    expect(stdout).toContain('finishReason: content-filter · trace: wordPolicy intervened');
    expect(stdout).toContain('5. generateObject (zod schema) · anthropic.claude-3-haiku-20240307-v1:0 · ');
    // The emulator answers JSON that fits the schema; generateObject parsed and validated it.
    const object = JSON.parse(/^ {3}object: (.*)$/m.exec(stdout)?.[1] ?? 'null');
    expect(object).toEqual({ city: expect.any(String), country: expect.any(String), population: expect.any(Number), sights: expect.any(Array) });
    expect(Number.isInteger(object.population)).toBe(true);
    expect(object.sights.every((sight: unknown) => typeof sight === 'string')).toBe(true);
    expect(stdout.trimEnd().endsWith('Done: emulator stopped. Run `npm run demo -- --live` to call real Bedrock with your credentials.')).toBe(true);
  });
});

describe.each([
  ['bedrock', 'bedrock-kit.js', 'bedrock-kit', 'Usage: bedrock-kit'],
  ['emulator', 'bedrock-emulator.js', 'bedrock-emulator', 'Usage: bedrock-emulator'],
])('packages/%s/bin/%s', (name, launcher, command, usage) => {
  it('runs dist/cli.js with the arguments and exit code unchanged', async () => {
    const bin = installedPackage(name, 'with-dist', launcher, 'console.log(JSON.stringify(process.argv.slice(2)));\nprocess.exitCode = 3;\n');
    const { code, stdout, stderr } = await runNode([bin, '--model', 'm', 'a prompt'], scratch);
    expect(stderr).toBe('');
    expect(stdout).toBe('["--model","m","a prompt"]\n');
    expect(code).toBe(3);
  });

  it('says to reinstall, and exits 1, when an installed package has no dist/cli.js (nothing to build from)', async () => {
    const bin = installedPackage(name, 'without-dist', launcher);
    const { code, stdout, stderr } = await runNode([bin, '--help'], scratch);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${command}: dist/cli.js is missing from @bedrock-kit/${name}; reinstall the package.\n`);
    expect(code).toBe(1);
  });

  it(`prints the usage from this checkout's build`, async () => {
    const { code, stdout } = await runNode([join(repositoryRoot, 'packages', name, 'bin', launcher), '--help'], repositoryRoot);
    expect(code).toBe(0);
    expect(stdout).toContain(usage);
  });
});
