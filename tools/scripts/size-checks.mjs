// Assertions on a bundle: tree-shaking (each family's marker in its own
// bundles and no other) and runtime hygiene (nothing Node-only, no polyfills,
// no schema library or second decoder or JS hash riding along).
import { readFileSync } from 'node:fs';
import { families } from './size-entries.mjs';

const root = new URL('../..', import.meta.url);

// Inputs that must never be in a browser or Worker bundle of ours, with the rule each breaks.
const forbiddenInputs = [
  [/node_modules\/zod\//, 'zod is bundled, but it belongs only to users who bring it'],
  [/node_modules\/@aws-crypto\//, 'a JavaScript SHA-256 is bundled; hashing must use Web Crypto'],
  [/node_modules\/@smithy\/eventstream-codec\//, 'a second event-stream decoder is bundled; @bedrock-kit/eventstream is the one decoder'],
  [/node_modules\/(buffer|process|util|events|stream-browserify|crypto-browserify)\//, 'a Node polyfill is bundled'],
];

// Patterns in the probe build (see `probeDefines`), with the rule each breaks.
// `globalThis.process?.env`, read at call time, is the accepted guarded form:
// undefined in browsers and Workers. A bare `process.env` throws there (or
// makes bundlers inject a polyfill).
const forbiddenText = [
  [/(?:from|import\(|require\()\s*["'`]node:/, 'imports a Node built-in (node:*)'],
  [/__probe_buffer/, 'uses Buffer (Node-only; use Uint8Array / atob / btoa / TextEncoder)'],
  [/__probe_bare_process_env/, 'reads process.env bare (use globalThis.process?.env at call time)'],
  [/Dynamic require of/, 'needs require() (a CommonJS dependency or a Node built-in slipped in)'],
];

/**
 * @param {{ families: string[] }} entry
 * @param {{ text: string, allText: string, metafile: import('esbuild').Metafile }} bundle the measured bundle
 * @param {{ allText: string }} probe the same entry built with `probe: true`
 * @returns {string[]} what is wrong, empty when all holds
 */
export function checkBundle(entry, bundle, probe) {
  const problems = [];
  for (const { key, marker } of families) {
    const expected = entry.families.includes(key);
    // Anywhere in the bundle: a family's native codec is a chunk of its own, loaded on use.
    const found = bundle.allText.includes(marker);
    if (expected && !found) problems.push(`marker "${marker}" of ${key} is missing from its own bundle (the marker check is stale or the family code was dropped)`);
    if (!expected && found) problems.push(`marker "${marker}" of ${key} is in a bundle that does not use ${key} (tree-shaking failed)`);
  }
  const inputs = Object.keys(bundle.metafile.inputs);
  for (const [pattern, rule] of forbiddenInputs) {
    const hit = inputs.find((input) => pattern.test(input));
    if (hit) problems.push(`${rule} (${hit})`);
  }
  for (const [pattern, rule] of forbiddenText) {
    // Every chunk, up front or loaded on use, runs in the browser or Worker.
    const match = pattern.exec(probe.allText);
    if (match) problems.push(`${rule}: …${probe.allText.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
  }
  problems.push(...checkLazyCalls(entry, bundle));
  for (const { what, marker } of entry.codeOnUse ?? []) {
    if (bundle.text.includes(marker)) problems.push(`holds "${marker}" up front, code of ${what}, which its calls should load on use`);
    if (!bundle.allText.includes(marker)) problems.push(`the marker "${marker}" of ${what} is in none of its chunks: the check is stale`);
  }
  return problems;
}

/**
 * The calls an entry loads on use (`entry.lazyCalls`, decision 0020): the bundle holds an `import()` of
 * each call's module (`./calls/<file>` from the sources, the `<file>-<hash>.js` chunk from dist), so the
 * method still reaches it, and none of its code (its marker, which its source must hold: else the check
 * is stale and proves nothing).
 * @param {{ lazyCalls?: { file: string, marker: string, source: string }[] }} entry
 * @param {{ text: string }} bundle
 */
export function checkLazyCalls(entry, bundle) {
  const problems = [];
  for (const { file, marker, source } of entry.lazyCalls ?? []) {
    const loaded = new RegExp(`import\\(\\s*["'\`]\\./(?:calls/)?${file}(?:-[A-Z0-9]+\\.js)?["'\`]\\s*\\)`);
    if (!loaded.test(bundle.text)) problems.push(`holds no import() of ${file}: the call is no longer loaded on use (or the check is stale)`);
    if (bundle.text.includes(marker)) problems.push(`holds "${marker}" up front, code of ${file}, which it should load on use`);
    if (!readFileSync(new URL(source, root), 'utf8').includes(marker)) problems.push(`the marker "${marker}" of ${file} is not in ${source}: the check is stale`);
  }
  return problems;
}

/** How many guarded `globalThis.process` reads a bundle holds (reported, allowed). */
export function countGuardedProcessReads(text) {
  return (text.match(/globalThis\.process\b/g) ?? []).length;
}
