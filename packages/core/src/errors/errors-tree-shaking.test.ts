import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('../index.ts', import.meta.url));

/** Bundles core into one ESM file (as tsup ships it), then bundles `code` against that file. */
async function bundleAgainstOneFile(code: string): Promise<string> {
  const single = await build({ entryPoints: [index], bundle: true, format: 'esm', write: false });
  const result = await build({
    stdin: { contents: code, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins: [
      {
        name: 'one-file-core',
        setup(builder) {
          builder.onResolve({ filter: /^core$/ }, () => ({ path: 'core', namespace: 'core' }));
          builder.onLoad({ filter: /.*/, namespace: 'core' }, () => ({ contents: single.outputFiles[0]!.text, loader: 'js' }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

describe('error classes and tree-shaking', () => {
  it('a bundle that uses one error class from the one-file build holds no other error class', async () => {
    const text = await bundleAgainstOneFile("export { ConfigError } from 'core';");
    expect(text).toContain('bedrock-kit.error.ConfigError');
    for (const other of ['ThrottlingError', 'StreamError', 'TimeoutError', 'ServiceError', 'AbortError']) expect(text).not.toContain(`bedrock-kit.error.${other}`);
  });
});
