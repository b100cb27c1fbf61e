// The parts of `@smithy/signature-v4` and `@smithy/core` that aws-auth's signing calls, each taken
// from the file that defines it. aws-auth's build bundles them into its dist (decision 0007), and
// `npm run size -- --sources` resolves them the same way so both measure the same code.
//
// Why not the packages' own entry points: signature-v4's index and `@smithy/core`'s submodule
// indexes build classes and a UUID function when they load (`class extends call()`,
// `export const v4 = bindV4(...)`), which no bundler can drop, so every user bundle carried
// 3.3 KB (minified) of serde code the signer never calls, and every install 8 MB of `@smithy/core`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const smithyCore = dirname(require.resolve('@smithy/core/package.json'));
const signatureV4 = dirname(require.resolve('@smithy/signature-v4/package.json'));

/** Module specifier → the names imported from it → the file that defines each. */
const subsets = {
  '@smithy/signature-v4': {
    ALGORITHM_IDENTIFIER: `${signatureV4}/dist-es/constants.js`,
    createScope: `${signatureV4}/dist-es/credentialDerivation.js`,
    getSigningKey: `${signatureV4}/dist-es/credentialDerivation.js`,
    getCanonicalHeaders: `${signatureV4}/dist-es/getCanonicalHeaders.js`,
    getCanonicalQuery: `${signatureV4}/dist-es/getCanonicalQuery.js`,
  },
  // What those four files import from `@smithy/core`; the browser UTF-8 file uses TextEncoder, so it works everywhere.
  '@smithy/core/serde': {
    toHex: `${smithyCore}/dist-es/submodules/serde/util-hex-encoding/hex-encoding.js`,
    toUint8Array: `${smithyCore}/dist-es/submodules/serde/util-utf8/toUint8Array.browser.js`,
    writeKey: `${smithyCore}/dist-es/submodules/serde/writeKey.js`,
    hasOwn: `${smithyCore}/dist-es/submodules/transport/hasOwn.js`,
  },
  '@smithy/core/protocols': {
    escapeUri: `${smithyCore}/dist-es/submodules/protocols/util-uri-escape/escape-uri.js`,
  },
};

/** The bundled signature-v4's version, for the notice at the top of aws-auth's dist. */
export const smithySignatureV4Version = JSON.parse(readFileSync(join(signatureV4, 'package.json'), 'utf8')).version;

/**
 * An esbuild plugin (tsup's `esbuildPlugins`) that swaps each module above for one re-exporting
 * just those names. A name the code imports but the table lacks fails the build, so a smithy
 * upgrade that moves a helper cannot silently bring the indexes back.
 */
export const smithySubsetPlugin = {
  name: 'smithy-subsets',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(subsets).join('|')})$`.replaceAll('/', '\\/'));
    build.onResolve({ filter }, ({ path }) => ({ path, namespace: 'smithy-subset' }));
    build.onLoad({ filter: /.*/, namespace: 'smithy-subset' }, ({ path }) => ({
      contents: Object.entries(subsets[path])
        .map(([name, file]) => `export { ${name} } from ${JSON.stringify(file)};`)
        .join('\n'),
      resolveDir: signatureV4,
      loader: 'js',
    }));
  },
};
