// Types of capability-matrix.mjs, for the TypeScript test that checks README.md against it.
import type { ModelCapabilities, ModelFamily, ModelListing } from '@bedrock-kit/core';

export declare const matrixStart: string;
export declare const matrixEnd: string;
/** Absolute path of the repository README.md. */
export declare const readmePath: string;
/** Absolute path of the one list, `packages/bedrock/src/all/families.ts`. */
export declare const familyListPath: string;
/** The list's `export { x } from '@bedrock-kit/<package>';` lines; any other `export` line throws. */
export declare function parseFamilyList(text: string): { names: string[]; packageName: string }[];
/** The families of the one list (`packages/bedrock/src/all/families.ts`), embedding-only values included, sorted by name. */
export declare function listFamilies(): Promise<ModelFamily[]>;
/** A text family's rows from `listModels()` of `@bedrock-kit/<name>/models`; rejects naming the family when that subpath is missing. */
export declare function listFamilyModels(family: ModelFamily): Promise<ModelListing[]>;
export declare function listCapabilityRows(): Promise<{ family: ModelFamily; name: string; id: string; capabilities: ModelCapabilities; profileOnly: boolean }[]>;
/** The Markdown matrix generated from the families' tables (no trailing newline). */
export declare function createCapabilityMatrix(): Promise<string>;
export declare function replaceMatrixSection(readme: string, matrix: string): string;
export declare function readMatrixSection(readme: string): string | undefined;
