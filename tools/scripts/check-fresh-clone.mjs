#!/usr/bin/env node
// Fresh-clone check (run by `npm test`; alone: `node tools/scripts/check-fresh-clone.mjs`).
// Clones this checkout's HEAD into a temporary folder, runs `npm ci` there, then
// `npx --no-install bedrock-kit --help` and `npx --no-install bedrock-emulator --help`
// before anything was built: both must exit 0 and print their usage.
//
// "No registry contacted": `npm ci` runs with --offline, from the npm cache that
// the main checkout's `npm ci` filled (npm cannot reach the network at all). The
// two `npx` commands run online against a registry that is a local HTTP server
// recording every request (and answering 404): a lookup by either, or by the
// build the launchers start, is recorded and fails the check.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (line) => process.stdout.write(`[fresh clone] ${line}\n`);

/** Runs a command to completion; resolves to its status and combined output. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

const requests = [];
const registry = createServer((request, response) => {
  requests.push(`${request.method} ${request.url}`);
  response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
});
await new Promise((resolve) => registry.listen(0, '127.0.0.1', resolve));
const registryUrl = `http://127.0.0.1:${registry.address().port}/`;

const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', CI: 'true' };
for (const name of Object.keys(env)) {
  if (/^npm_config_(offline|prefer_offline|prefer_online)$/i.test(name)) delete env[name];
  if (/^NX_/.test(name)) delete env[name];
}
// The npx commands (and everything they start) see only the recording registry.
const onlineEnv = { ...env, npm_config_registry: registryUrl };

const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const folder = mkdtempSync(join(tmpdir(), 'bedrock-kit-fresh-clone-'));
const clone = join(folder, 'bedrock-kit');
const failures = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

try {
  log(`cloning HEAD ${head.slice(0, 12)}${dirty ? ' (uncommitted changes are not part of a clone)' : ''} into ${clone}`);
  let step = await run('git', ['clone', '--quiet', '--no-checkout', root, clone], { cwd: folder, env });
  if (step.status === 0) step = await run('git', ['checkout', '--quiet', '--detach', head], { cwd: clone, env });
  if (step.status !== 0) throw new Error(`git clone failed:\n${step.output}`);

  log(`npm ci --offline (from the npm cache) … [${elapsed()}]`);
  step = await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: clone, env });
  if (step.status !== 0) throw new Error(`npm ci failed (the npm cache must hold the lockfile's packages: run \`npm ci\` in the checkout first):\n${step.output}`);

  for (const [bin, usage] of [
    ['bedrock-kit', /Usage: bedrock-kit/],
    ['bedrock-emulator', /Usage: bedrock-emulator/],
  ]) {
    log(`npx --no-install ${bin} --help … [${elapsed()}]`);
    const help = await run('npx', ['--no-install', bin, '--help'], { cwd: clone, env: onlineEnv });
    if (help.status !== 0) failures.push(`npx --no-install ${bin} --help exited ${help.status}:\n${help.output}`);
    else if (!usage.test(help.output)) failures.push(`npx --no-install ${bin} --help printed no usage:\n${help.output}`);
  }
  if (requests.length > 0) failures.push(`the registry was contacted ${requests.length} time(s):\n  ${requests.join('\n  ')}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  registry.close();
  rmSync(folder, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) process.stderr.write(`[fresh clone] FAILED: ${failure}\n`);
  process.exit(1);
}
log(`passed: both commands print their usage after npm ci, before any build; no registry request [${elapsed()}]`);
