#!/usr/bin/env node
// The README's per-family capability matrix, generated from the families' own
// model tables (the same data the facade checks before sending).
//
//   node tools/scripts/capability-matrix.mjs           print the Markdown matrix
//   node tools/scripts/capability-matrix.mjs --write   replace the README section between the markers
//
// The families are those of the one list (packages/bedrock/src/all/families.ts, read through the built
// `@bedrock-kit/bedrock/all`); each text family needs its table's reader in `tableReaders` below (a family
// of the list without one fails here, so the README cannot silently leave it out). Embedding-only values
// (cohereEmbed, amazonEmbed) have no text models and no row.
// Reads the BUILT packages (packages/*/dist): run `npx tsup` in a family after changing its table.
// packages/bedrock/src/on-the-wire/capability-matrix.test.ts fails when README.md and the tables disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { amazon, anthropic, cohere, deepseek, metaLlama, mistral, openaiOss } from '../../packages/bedrock/dist/all.js';
import { novaModels } from '../../packages/amazon/dist/index.js';
import { anthropicDefaultRow, anthropicModelTable } from '../../packages/anthropic/dist/index.js';
import { cohereModels } from '../../packages/cohere/dist/index.js';
import { deepseekModels } from '../../packages/deepseek/dist/index.js';
import { metaLlamaModels } from '../../packages/meta-llama/dist/index.js';
import { mistralModels } from '../../packages/mistral/dist/index.js';
import { openaiOssModels } from '../../packages/openai-oss/dist/index.js';
import * as listed from '../../packages/bedrock/dist/all.js';

/**
 * The families of the one list by name (`bedrock`, the ready client, is not a family). Sorted: a module
 * namespace's key order is not the list's order everywhere (Node sorts it, test runners may not).
 */
export function listFamilies() {
  return Object.entries(listed)
    .filter(([name, value]) => name !== 'bedrock' && value?.specificationVersion === 'v1')
    .map(([, family]) => family)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A family of the list that serves text models (not only embeddings). */
const servesText = (family) => family.native !== undefined || family.converse !== undefined;

export const matrixStart = '<!-- capability-matrix:start -->';
export const matrixEnd = '<!-- capability-matrix:end -->';
export const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));

/** `^anthropic\.claude-3-sonnet-` → `anthropic.claude-3-sonnet-*` (the table matches by prefix). */
function patternOf(match) {
  return `${match.source.replace(/^\^/, '').replace(/\\(.)/g, '$1')}*`;
}

/** Each text family's table in the rows' shape: model name, ID (or pattern), capabilities, profile-only. */
const tableReaders = new Map([
  [anthropic, () => [...anthropicModelTable, anthropicDefaultRow].map((row) => ({ name: row.name, id: patternOf(row.match), capabilities: row.capabilities, profileOnly: row.profileOnly }))],
  [cohere, () => cohereModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: false }))],
  [
    openaiOss,
    () => openaiOssModels.map((row) => ({ name: row.id.replace(/^openai\./, '').replace(/-\d+:\d+$/, ''), id: row.id, capabilities: row.capabilities, profileOnly: false })),
  ],
  [metaLlama, () => metaLlamaModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly }))],
  [
    amazon,
    () => novaModels.map((row) => ({ name: row.id.replace(/^amazon\./, '').replace(/-v\d+:\d+$/, ''), id: row.id, capabilities: row.capabilities, profileOnly: row.profileOnly === true })),
  ],
  [mistral, () => mistralModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly }))],
  [deepseek, () => deepseekModels.map((row) => ({ name: row.name, id: row.id, capabilities: row.capabilities, profileOnly: row.inferenceProfileOnly }))],
]);

/** Every text family's rows in one shape: which family, model name, ID (or pattern), capabilities, profile-only. */
export function listCapabilityRows() {
  return listFamilies().flatMap((family) => {
    const read = tableReaders.get(family);
    if (!read) {
      if (!servesText(family)) return []; // an embedding-only value (cohereEmbed, amazonEmbed): no text models
      throw new Error(`Family "${family.name}" is in the one list but tools/scripts/capability-matrix.mjs has no reader for its model table.`);
    }
    return read().map((row) => ({ family, ...row }));
  });
}

const yes = '✓';
const no = '—';
const mark = (value) => (value ? yes : no);

/** The Markdown matrix (no trailing newline). */
export function createCapabilityMatrix() {
  const header = ['Family', 'Model', 'Model ID', 'Tools', 'Tools while streaming', 'Reasoning', 'Caching', 'Images', 'Documents', 'Citations', 'Native API', 'Profile only'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of listCapabilityRows()) {
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
  const matrix = createCapabilityMatrix();
  if (process.argv.includes('--write')) {
    const readme = readFileSync(readmePath, 'utf8');
    const next = replaceMatrixSection(readme, matrix);
    if (next !== readme) writeFileSync(readmePath, next);
    console.log(next === readme ? 'README.md capability matrix is up to date.' : 'README.md capability matrix updated.');
  } else {
    console.log(matrix);
  }
}
