// Bundles what `npm run fuzz` drives into one ES module: the facade from
// packages/bedrock/src (so the fuzz sees the current source without a build),
// the four families, core and the event-stream decoder from their built dist
// (package exports), and the eventstream package's frame mutator.
import { join } from 'node:path';
import { build } from 'esbuild';

const entry = `
export { createBedrock } from './packages/bedrock/src/index.ts';
export { anthropic } from '@bedrock-kit/anthropic';
export { cohere } from '@bedrock-kit/cohere';
export { openaiOss } from '@bedrock-kit/openai-oss';
export { metaLlama } from '@bedrock-kit/meta-llama';
export { BedrockError, ServiceError, StreamError, TimeoutError } from '@bedrock-kit/core';
export { encodeEventStreamMessage, decodeEventStreamMessage } from '@bedrock-kit/eventstream';
export { mutateFrame, fixChecksums } from './packages/eventstream/src/mutate-frame.test-support.ts';
export { createSeededRandom } from './packages/eventstream/src/seeded-random.test-support.ts';
`;

/** Writes the bundle to `directory` and returns its path. */
export async function bundleFuzzTarget(root, directory) {
  const outfile = join(directory, 'fuzz-target.mjs');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'fuzz-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
