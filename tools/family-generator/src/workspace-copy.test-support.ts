import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The workspace this package sits in. */
export const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Environment for the child processes: no Nx daemon or cloud, no colours, no AWS settings. */
export const childEnvironment: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries({ ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NO_COLOR: '1', FORCE_COLOR: '0' }).filter(
    ([name]) => !name.startsWith('AWS_') && !name.startsWith('VITEST') && name !== 'NODE_OPTIONS',
  ),
);

/** Runs a command to completion (no time limit: a loaded machine is slow, never wrong); rejects with its output. */
export async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: childEnvironment, maxBuffer: 64 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

/**
 * Copies the workspace's files (tracked, plus untracked ones git does not ignore: the working tree
 * as a commit would see it) to a temporary folder and commits them there, so `git status` in the
 * copy shows exactly what happened after. `node_modules` is not installed: it is a folder of links
 * to this workspace's packages, and its `@bedrock-kit/*` links point at this workspace's built
 * packages (the generator never changes them), except the generator itself, which is the copy's.
 */
export async function copyWorkspace(): Promise<{ root: string; linkPackage(name: string, folder: string): void; remove(): void }> {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'bedrock-kit-family-')));
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], workspaceRoot);
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = join(workspaceRoot, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(from, join(root, file));
  }

  const modules = join(root, 'node_modules');
  const scope = join(modules, '@bedrock-kit');
  mkdirSync(scope, { recursive: true });
  for (const entry of readdirSync(join(workspaceRoot, 'node_modules'))) {
    if (entry !== '@bedrock-kit') symlinkSync(join(workspaceRoot, 'node_modules', entry), join(modules, entry));
  }
  for (const entry of readdirSync(join(workspaceRoot, 'node_modules', '@bedrock-kit'))) {
    const target = realpathSync(join(workspaceRoot, 'node_modules', '@bedrock-kit', entry));
    const inCopy = entry === 'family-generator' ? join(root, 'tools', 'family-generator') : target;
    symlinkSync(inCopy, join(scope, entry), 'dir');
  }

  const git = (...args: string[]) => run('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=family-generator-test', '-c', 'user.email=test@invalid', ...args], root);
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-q', '--no-verify', '-m', 'workspace copy');

  return {
    root,
    /** What `npm install` does for a new workspace package: link it into node_modules. */
    linkPackage: (name, folder) => symlinkSync(join(root, folder), join(scope, name), 'dir'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
