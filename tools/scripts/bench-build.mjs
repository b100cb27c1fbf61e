// `npm run size` and `npm run bench` measure the built packages. Build only
// when a dist is missing (a fresh clone); warn when one is older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root repository root
 * @param {string[]} folders project folders relative to root, e.g. `packages/core`
 */
export function ensureBuilt(root, folders) {
  const missing = folders.filter((folder) => !existsSync(join(root, folder, 'dist/index.js')));
  if (missing.length > 0) {
    console.error(`Building (no dist in ${missing.join(', ')}) …`);
    const { status } = spawnSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'build', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
    if (status !== 0) throw new Error('The build failed; run `npm run build` and fix it first (these scripts measure packages/*/dist).');
  }
  const stale = folders.filter((folder) => newestSource(join(root, folder, 'src')) > statSync(join(root, folder, 'dist/index.js')).mtimeMs);
  if (stale.length > 0) console.error(`note: dist is older than src in ${stale.join(', ')}; run \`npm run build\` for current figures.`);
}

function newestSource(folder) {
  let newest = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test\.ts$|\.test-support\.ts$/.test(item.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
