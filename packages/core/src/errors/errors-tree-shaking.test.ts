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

describe('error names in the built file', () => {
  it('util.inspect (console.log) prints each class by its own name, not a build artefact like _ConfigError', async () => {
    const single = await build({ entryPoints: [index], bundle: true, format: 'esm', write: false, target: 'es2022' });
    const text = single.outputFiles[0]!.text;
    expect(text).not.toMatch(/= class _\w+/);
    const core = (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as Record<string, new (options: object) => Error>;
    const { inspect } = await import('node:util');
    const names = ['BedrockError', 'ConfigError', 'InputError', 'SignatureExpiredError', 'AuthError', 'ThrottlingError', 'ValidationError', 'ServiceError', 'StreamError', 'TimeoutError', 'ObjectValidationError', 'AbortError'];
    for (const name of names) {
      const error = new core[name]!({ message: 'boom', raw: '', issues: [] });
      expect(error.constructor.name).toBe(name);
      expect(error.name).toBe(name);
      expect(inspect(error).split('\n')[0]).toBe(`${name}: boom`);
    }
  });
});
