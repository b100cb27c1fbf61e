// Types of smithy-subsets.mjs, for packages/aws-auth/tsup.config.ts.
import type { Plugin } from 'esbuild';

export declare const smithySignatureV4Version: string;
export declare const smithySubsetPlugin: Plugin;
