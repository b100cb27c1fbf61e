#!/usr/bin/env node
// `npm run size`: bundle sizes of what users write (browser and Worker
// conditions, minified ESM, gzip -9), against the budgets in
// tools/size-budgets.json, with tree-shaking and runtime-hygiene assertions.
//
//   node tools/scripts/size.mjs           table + the peers' sizes and our ratio + what dominates our bundles
//   node tools/scripts/size.mjs --check   table + assertions only; exit 1 when a budget or assertion fails (npm test)
//   --sources                             bundle packages/*/src instead of dist (no build needed; sizes within ~1%)
//
// Bundles the built packages (packages/*/dist): run `npm run build` first.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './bench-build.mjs';
import { ensureBenchPeers, peerVersion } from './bench-peers.mjs';
import { bundleEntry, createSourcePlugins, listContributors, sizeTargets } from './size-bundle.mjs';
import { checkBundle, countGuardedProcessReads } from './size-checks.mjs';
import { createSizeEntries } from './size-entries.mjs';
import { createPeerEntries } from './size-peers.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const check = process.argv.includes('--check');
const fromSources = process.argv.includes('--sources');
const ourPlugins = fromSources ? createSourcePlugins(root) : [];
const budgets = JSON.parse(readFileSync(join(root, 'tools/size-budgets.json'), 'utf8'));
const packages = readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'package.json')));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!fromSources) ensureBuilt(root, packages.map((name) => `packages/${name}`));
// Inside the repository, so a bundler resolves the packages from the entries as from a user's app (Vite takes no extra search paths).
const workDir = mkdtempSync(join(root, '.size-work-'));
try {
  const failures = [];
  const missedTargets = [];
  const rows = [];
  const measured = new Map();
  for (const entry of createSizeEntries()) {
    if (entry.optional && !fromSources && !existsSync(join(root, entry.optional))) {
      console.error(`note: skipped "${entry.name}": ${entry.optional} is not built`);
      continue;
    }
    const entryFile = writeEntry(entry.name, entry.code);
    const sizes = {};
    for (const target of Object.keys(sizeTargets)) {
      let bundle;
      let probe;
      try {
        // `vite build` only for the browser: its column is the browser's.
        const options = { entryFile, target, nodePaths: [join(root, 'node_modules')], plugins: ourPlugins, root, measure: { vite: target === 'browser', appFiles: true } };
        [bundle, probe] = await Promise.all([bundleEntry(options), bundleEntry({ ...options, probe: true })]);
      } catch (error) {
        failures.push(`${entry.name} [${target}]: does not bundle: ${error.message.split('\n').slice(0, 4).join(' ')}`);
        continue;
      }
      sizes[target] = bundle;
      for (const problem of checkBundle(entry, bundle, probe)) failures.push(`${entry.name} [${target}]: ${problem}`);
      for (const marker of entry.absentMarkers ?? []) {
        if (bundle.text.includes(marker)) failures.push(`${entry.name} [${target}]: holds "${marker}", code of a call it does not import (tree-shaking failed)`);
      }
      const budget = entry.budget && budgets[entry.budget];
      // The same code as the files a browser downloads, each gzipped alone: a bundler that splits the up-front code into many files costs more than the one-text figure shows.
      if (budget?.maxFilesGzipBytes && bundle.appFilesGzipBytes > budget.maxFilesGzipBytes) {
        failures.push(`${entry.name} [${target}]: ${bundle.appFilesGzipBytes} B gz as an app's ${bundle.appFileCount} files, each gzipped alone, is over the ${budget.maxFilesGzipBytes} B budget (${entry.budget}) by ${bundle.appFilesGzipBytes - budget.maxFilesGzipBytes} B`);
      }
      if (budget && bundle.gzipBytes > budget.maxGzipBytes) {
        failures.push(`${entry.name} [${target}]: ${bundle.gzipBytes} B gz is over the ${budget.maxGzipBytes} B budget (${entry.budget}) by ${bundle.gzipBytes - budget.maxGzipBytes} B`);
      } else if (budget?.targetGzipBytes && bundle.gzipBytes > budget.targetGzipBytes && target === 'browser') {
        missedTargets.push(`${entry.name}: ${bundle.gzipBytes} B gz, target ${budget.targetGzipBytes} B (${(bundle.gzipBytes / budget.targetGzipBytes).toFixed(2)}×)`);
      }
    }
    if (entry.onlySources) for (const problem of await checkSources(entry)) failures.push(`${entry.name} [sources]: ${problem}`);
    measured.set(entry.name, sizes);
    rows.push(createRow(entry, sizes));
  }

  printTable(['entry', 'browser min', 'browser gz', 'worker gz', 'in a Vite app', 'as an app\'s files', '+ chunks on use', 'budget gz', ''], rows);
  console.log('("in a Vite app": browser gz from `vite build`, with the module-preload helper Vite adds once to an app that has any dynamic import.)');
  console.log('("as an app\'s files": the files a page built as an app (entry without exports, Rolldown) loads before its first call, each gzipped on its own as a server sends it, summed; their count in brackets. Budgeted as maxFilesGzipBytes.)');
  console.log('("+ chunks on use": the browser bundle with every chunk its calls may load on first use bundled in: native codecs, platform options, the SigV4 signer, telemetry …)');
  const guarded = [...measured.values()].reduce((sum, sizes) => sum + countGuardedProcessReads(sizes.browser?.text ?? ''), 0);
  console.log(`\nTree-shaking markers and runtime hygiene checked in every bundle (${guarded} guarded globalThis.process reads, allowed).`);

  if (!check) {
    await reportPeers(measured.get(createSizeEntries()[0].name));
    await reportContributors(createSizeEntries()[0]);
  }

  if (missedTargets.length > 0) {
    // The enforced budget is a ratchet at today's size (no growth passes CI); the target is where we are going.
    console.log(`\n${missedTargets.length} bundle(s) within the enforced budget but above the size target (see tools/size-budgets.json):`);
    for (const miss of missedTargets) console.log(`  ! ${miss}`);
  }
  if (failures.length > 0) {
    console.log(`\n${failures.length} size check(s) failed:`);
    for (const failure of failures) console.log(`  ✗ ${failure}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll size budgets and bundle assertions hold.');
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

function writeEntry(name, code, dir = workDir) {
  const file = join(dir, `${name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.mjs`);
  writeFileSync(file, code);
  return file;
}

function createRow(entry, sizes) {
  const budget = entry.budget && budgets[entry.budget];
  const worst = Math.max(sizes.browser?.gzipBytes ?? Infinity, sizes.worker?.gzipBytes ?? Infinity);
  const status = !budget ? '' : worst > budget.maxGzipBytes ? 'OVER' : budget.targetGzipBytes && worst > budget.targetGzipBytes ? 'ok (over target)' : 'ok';
  const goal = budget?.targetGzipBytes ? ` (target ${kb(budget.targetGzipBytes)})` : '';
  return [
    entry.name,
    sizes.browser ? kb(sizes.browser.minBytes) : 'FAIL',
    sizes.browser ? kb(sizes.browser.gzipBytes) : 'FAIL',
    sizes.worker ? kb(sizes.worker.gzipBytes) : 'FAIL',
    sizes.browser ? kb(sizes.browser.viteGzipBytes) : 'FAIL',
    sizes.browser ? `${kb(sizes.browser.appFilesGzipBytes)} (${sizes.browser.appFileCount})` : 'FAIL',
    sizes.browser ? kb(sizes.browser.withChunksGzipBytes) : 'FAIL',
    budget ? `${kb(budget.maxGzipBytes)}${goal}` : '',
    status,
  ];
}

function printTable(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** The peers' equivalent entry, same bundler settings, and our size as a ratio of theirs. */
async function reportPeers(ours) {
  let modules;
  try {
    modules = ensureBenchPeers(root);
  } catch (error) {
    console.log(`\nPeers not measured: ${error.message}`);
    return;
  }
  const peersDir = mkdtempSync(join(modules, '..', '.size-work-'));
  console.log('\nPeers (same bundler settings; ours = "facade + anthropic: streamText with one tool"):');
  const rows = [];
  for (const peer of createPeerEntries()) {
    // Beside the peers' node_modules (tools/bench), so they resolve as ours do.
    const entryFile = writeEntry(`peer ${peer.name}`, peer.code, peersDir);
    const cells = [`${peer.name} (${peer.packages.map((name) => `${name}@${peerVersion(modules, name)}`).join(', ')})`];
    for (const target of Object.keys(sizeTargets)) {
      try {
        const bundle = await bundleEntry({ entryFile, target, nodePaths: [modules], root, measure: { vite: false, appFiles: false } });
        cells.push(kb(bundle.gzipBytes), `${((ours[target].gzipBytes / bundle.gzipBytes) * 100).toFixed(0)}%`);
      } catch (error) {
        cells.push(`does not bundle: ${error.message.split('\n')[0].slice(0, 60)}`, '');
      }
    }
    rows.push(cells);
  }
  printTable(['peer', 'browser gz', 'ours/theirs', 'worker gz', 'ours/theirs'], rows);
  rmSync(peersDir, { recursive: true, force: true });
}

/** Bundled from the package sources, the entry holds from `onlySources.folder` only the allowed files (by their bytes in the output). */
async function checkSources(entry) {
  const { folder, allowed } = entry.onlySources;
  const bundle = await bundleEntry({
    entryFile: writeEntry(`only-sources ${entry.name}`, entry.code),
    target: 'browser',
    nodePaths: [join(root, 'node_modules')],
    plugins: createSourcePlugins(root),
    root,
  });
  const held = listContributors(bundle.metafile).map(({ path }) => path.replace(/^.*?(packages\/)/, '$1'));
  const inFolder = held.filter((path) => path.startsWith(folder));
  const problems = inFolder.filter((path) => !allowed.includes(path.slice(folder.length))).map((path) => `holds ${path}, the code of a call it does not import (tree-shaking failed)`);
  // The check must see the folder at all, or it proves nothing.
  if (!inFolder.some((path) => path.endsWith(allowed[0]))) problems.push(`does not hold ${folder}${allowed[0]}: the source check is stale`);
  return problems;
}

/** What dominates our bundle: the same entry bundled from the package sources, by file and by package. */
async function reportContributors(entry) {
  const bundle = await bundleEntry({
    entryFile: writeEntry(`sources ${entry.name}`, entry.code),
    target: 'browser',
    nodePaths: [join(root, 'node_modules')],
    plugins: createSourcePlugins(root),
    root,
  });
  const contributors = listContributors(bundle.metafile);
  const byPackage = new Map();
  for (const { path, bytes } of contributors) {
    const name = /packages\/([\w-]+)\//.exec(path)?.[1] ?? /node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//.exec(path)?.[1] ?? path;
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
  }
  console.log(`\nWhat "${entry.name}" is made of (bundled from sources, browser, ${kb(bundle.minBytes)} min / ${kb(bundle.gzipBytes)} gz):`);
  printTable(['package', 'min bytes', 'share'], [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => [name, bytes, `${((bytes / bundle.minBytes) * 100).toFixed(0)}%`]));
  console.log('\nLargest files:');
  printTable(['file', 'min bytes'], contributors.slice(0, 20).map(({ path, bytes }) => [path.replace(/^.*?(packages\/|node_modules\/)/, '$1'), bytes]));
}
