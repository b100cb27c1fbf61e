// The peers we measure against live in tools/bench (own package.json and
// lockfile, exact versions), never in the workspace. Installed on first use.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installs the pinned peers into tools/bench/node_modules when any is missing
 * (`npm ci` from the lockfile). Returns that node_modules folder.
 * @param {string} root repository root
 */
export function ensureBenchPeers(root) {
  const folder = join(root, 'tools/bench');
  const modules = join(folder, 'node_modules');
  const { devDependencies } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const missing = Object.keys(devDependencies).filter((name) => !existsSync(join(modules, name, 'package.json')));
  if (missing.length > 0) {
    console.error(`Installing the benchmark peers into tools/bench (missing: ${missing.join(', ')}) …`);
    const command = existsSync(join(folder, 'package-lock.json')) ? 'ci' : 'install';
    const { status } = spawnSync('npm', [command, '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
    if (status !== 0) throw new Error(`npm ${command} --prefix tools/bench failed (exit ${status}); the peers are needed for this report only.`);
  }
  return modules;
}

/** The exact version of an installed peer, for the report. */
export function peerVersion(modules, name) {
  return JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}
