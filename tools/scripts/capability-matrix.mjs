#!/usr/bin/env node
// The README's per-family capability matrix, generated from the families' own
// model tables (the same data the facade checks before sending).
//
//   node tools/scripts/capability-matrix.mjs           print the Markdown matrix
//   node tools/scripts/capability-matrix.mjs --write   replace the README section between the markers
//
// The families are those of the one list (packages/bedrock/src/all/families.ts, read as text: one
// `export { x } from '@bedrock-kit/<package>';` line per family value). Each family that serves text
// (`native` or `converse`) is named after its package and lists its models through the package's
// `./models` subpath: `listModels()` of `@bedrock-kit/<name>/models`, rows of core's `ModelListing`. So a
// new family needs no code here: add its line to the list, build it, run this with --write. Embedding-only
// values (cohereEmbed, amazonEmbed) have no text models and no row.
// Reads the BUILT packages (packages/*/dist): run `npx tsup` in a family after changing its table.
// packages/bedrock/src/on-the-wire/capability-matrix.test.ts fails when README.md and the tables disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const familyListPath = fileURLToPath(new URL('../../packages/bedrock/src/all/families.ts', import.meta.url));

/**
 * The one list's entries: `export { cohere } from '@bedrock-kit/cohere';` → `{ names: ['cohere'], packageName: '@bedrock-kit/cohere' }`.
 * Any other `export` line is refused, so a family the list names is never left out of the matrix unnoticed.
 */
export function parseFamilyList(text) {
  return text.split('\n').flatMap((line) => {
    if (!/^\s*export\b/.test(line)) return [];
    const match = /^export \{ ([A-Za-z_$][\w$]*(?:, [A-Za-z_$][\w$]*)*) \} from '(@bedrock-kit\/[a-z0-9-]+)';$/.exec(line);
    if (!match) throw new Error(`${familyListPath}: cannot read the line ${JSON.stringify(line)}; write one \`export { family } from '@bedrock-kit/<package>';\` per family.`);
    return [{ names: match[1].split(', '), packageName: match[2] }];
  });
}

/**
 * The family values of the one list, embedding-only values included (`bedrock`, the ready client, is not in
 * the list). Sorted by name, the matrix's order.
 */
export async function listFamilies() {
  const families = [];
  for (const { names, packageName } of parseFamilyList(readFileSync(familyListPath, 'utf8'))) {
    const exported = await import(packageName);
    for (const name of names) {
      const family = exported[name];
      if (family?.specificationVersion !== 'v1') throw new Error(`${familyListPath} lists ${name} from ${packageName}, which does not export it as a ModelFamily (specificationVersion 'v1'): build the package.`);
      if (servesText(family) && `@bedrock-kit/${family.name}` !== packageName) {
        throw new Error(`Family "${family.name}" (${name} of ${packageName}) serves text models, so its name must be its package's: name it "${packageName.slice('@bedrock-kit/'.length)}".`);
      }
      families.push(family);
    }
  }
  return families.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A family of the list that serves text models (not only embeddings). */
const servesText = (family) => family.native !== undefined || family.converse !== undefined;

export const matrixStart = '<!-- capability-matrix:start -->';
export const matrixEnd = '<!-- capability-matrix:end -->';
export const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));

/** A text family's rows, from `listModels()` of `@bedrock-kit/<name>/models`; a family without that subpath is an error naming what to add. */
export async function listFamilyModels(family) {
  const specifier = `@bedrock-kit/${family.name}/models`;
  let listing;
  try {
    listing = await import(specifier);
  } catch (error) {
    throw new Error(
      `Family "${family.name}" serves text models, but ${specifier} does not load (${String(error?.message ?? error).split('\n')[0]}). ` +
        `Add src/model-listing.ts exporting listModels() (rows of ModelListing from @bedrock-kit/core), the "./models" export in its package.json ` +
        `and the models entry in its tsup.config.ts (see CONTRIBUTING.md, "Adding a model family"), then build the package.`,
      { cause: error },
    );
  }
  if (typeof listing.listModels !== 'function') throw new Error(`Family "${family.name}": ${specifier} does not export listModels() (rows of ModelListing from @bedrock-kit/core).`);
  const rows = listing.listModels();
  for (const row of rows) {
    const complete = typeof row?.name === 'string' && typeof row.id === 'string' && typeof row.profileOnly === 'boolean' && typeof row.capabilities === 'object' && row.capabilities !== null;
    if (!complete) throw new Error(`Family "${family.name}": a row of ${specifier} lacks name, id, capabilities or profileOnly: ${JSON.stringify(row)}.`);
  }
  return rows;
}

/** Every text family's rows in one shape: which family, model name, ID (or pattern), capabilities, profile-only. */
export async function listCapabilityRows() {
  const rows = [];
  for (const family of await listFamilies()) {
    if (!servesText(family)) continue; // an embedding-only value (cohereEmbed, amazonEmbed): no text models
    for (const row of await listFamilyModels(family)) rows.push({ family, name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.profileOnly });
  }
  return rows;
}

const yes = '✓';
const no = '—';
const mark = (value) => (value ? yes : no);

/** The Markdown matrix (no trailing newline). */
export async function createCapabilityMatrix() {
  const header = ['Family', 'Model', 'Model ID', 'Tools', 'Tools while streaming', 'Reasoning', 'Caching', 'Images', 'Documents', 'Citations', 'Native API', 'Profile only'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of await listCapabilityRows()) {
    const c = row.capabilities;
    const native = row.family.native !== undefined && c.nativeApi;
    const cells = [
      row.family.name,
      row.name,
      `\`${row.id}\``,
      mark(c.tools),
      c.tools && !c.toolsWhileStreaming ? `${no} ¹` : mark(c.toolsWhileStreaming),
      mark(c.reasoning),
      mark(c.promptCaching),
      mark(c.images),
      mark(c.documents),
      mark(c.citations),
      native && row.family.defaultRoute === 'converse' ? `${yes} ²` : mark(native),
      row.profileOnly ? `${yes} ³` : no,
    ];
    // A `|` splits a Markdown table cell even inside backticks (GFM): escape it.
    lines.push(`| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`);
  }
  lines.push(
    '',
    '¹ `streamText` with tools makes one non-streaming Converse call and replays it as stream events, with a note in `result.warnings`.',
    '² Converse is the default route (citations, tools while streaming); the native body is used with `providerOptions.useConverse: false`.',
    '³ Bedrock serves the bare ID only through an inference profile: use `us.<id>` (or `eu.` / `apac.` / `global.`); the bare ID is refused before sending.',
  );
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by `matrix`. */
export function replaceMatrixSection(readme, matrix) {
  const start = readme.indexOf(matrixStart);
  const end = readme.indexOf(matrixEnd);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${matrixStart} and ${matrixEnd} (in that order) around the capability matrix.`);
  }
  return `${readme.slice(0, start + matrixStart.length)}\n${matrix}\n${readme.slice(end)}`;
}

/** The text between the markers, as `replaceMatrixSection` writes it (without the surrounding newlines). */
export function readMatrixSection(readme) {
  const start = readme.indexOf(matrixStart);
  const end = readme.indexOf(matrixEnd);
  if (start === -1 || end === -1 || end < start) return undefined;
  return readme.slice(start + matrixStart.length, end).replace(/^\n/, '').replace(/\n$/, '');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const matrix = await createCapabilityMatrix();
  if (process.argv.includes('--write')) {
    const readme = readFileSync(readmePath, 'utf8');
    const next = replaceMatrixSection(readme, matrix);
    if (next !== readme) writeFileSync(readmePath, next);
    console.log(next === readme ? 'README.md capability matrix is up to date.' : 'README.md capability matrix updated.');
  } else {
    console.log(matrix);
  }
}
