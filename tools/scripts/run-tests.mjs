#!/usr/bin/env node
// `npm test`: every check in one command. Nx runs build, typecheck, unit and
// integration tests, and package linting for every project; then the size
// budgets and the fresh-clone check run; last, one `N passed, N failed` line summed from each vitest
// JSON report (vitest's own summary is not a line CI reads).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listTestReports } from './list-test-reports.mjs';

const root = new URL('../..', import.meta.url).pathname;
for (const report of listTestReports(root)) rmSync(report, { force: true });

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true' } }).status ?? 1;

const steps = [
  ['nx', ['nx', 'run-many', '-t', 'build', 'typecheck', 'test', 'lint:package', '--outputStyle=static']],
];
if (existsSync(join(root, 'tools/scripts/size.mjs'))) steps.push(['size budgets', ['node', 'tools/scripts/size.mjs', '--check']]);
// A clone of HEAD, `npm ci`, then both bins' --help before any build, with no registry lookup.
steps.push(['fresh clone', ['node', 'tools/scripts/check-fresh-clone.mjs']]);

const failedSteps = [];
for (const [name, [command, ...args]] of steps) {
  const status = command === 'nx' ? run('npx', ['--no-install', command, ...args]) : run(command, args);
  if (status !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
for (const report of listTestReports(root)) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
}
if (failedSteps.length > 0) console.error(`\nFailed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length > 0 && failed === 0) failed = 1; // a failing step with no failing test is still a failure
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
