// Cold import time and heap after import, each in a fresh Node process:
// ours (facade + one family) vs the AWS SDK client vs the AI SDK provider.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatMegabytes, median, printTable } from './bench-measure.mjs';

const child = fileURLToPath(new URL('./bench-import-child.mjs', import.meta.url));
const labels = {
  ours: 'ours: @bedrock-kit/bedrock + @bedrock-kit/anthropic',
  awsSdk: 'AWS SDK: @aws-sdk/client-bedrock-runtime',
  aiSdk: 'AI SDK: @ai-sdk/amazon-bedrock + ai',
};

export async function benchImport({ runs }) {
  const names = Object.keys(labels);
  const results = new Map(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const name of names) {
      const output = execFileSync(process.execPath, ['--expose-gc', child, name], {
        encoding: 'utf8',
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      });
      results.get(name).push(JSON.parse(output.trim().split('\n').pop()));
    }
  }
  const summary = Object.fromEntries(
    names.map((name) => {
      const samples = results.get(name);
      return [name, { importMs: median(samples.map((s) => s.importMs)), heapBytes: median(samples.map((s) => s.heapBytes)), rssBytes: median(samples.map((s) => s.rssBytes)) }];
    }),
  );
  const ours = summary.ours;
  console.log(`\nCold import (fresh process each, median of ${runs}; heap after a forced GC, minus the heap before the import)`);
  printTable(
    ['client', 'import time', 'ours ÷ this (<1: ours better)', 'heap after import', 'ours ÷ this (<1: ours better)', 'RSS growth'],
    names.map((name) => [
      labels[name],
      `${summary[name].importMs.toFixed(1)} ms`,
      `${(ours.importMs / summary[name].importMs).toFixed(2)}×`,
      formatMegabytes(summary[name].heapBytes),
      `${(ours.heapBytes / summary[name].heapBytes).toFixed(2)}×`,
      formatMegabytes(summary[name].rssBytes),
    ]),
  );
  return summary;
}
