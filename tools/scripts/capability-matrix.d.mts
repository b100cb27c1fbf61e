// Types of capability-matrix.mjs, for the TypeScript test that checks README.md against it.
import type { ModelCapabilities, ModelFamily } from '@bedrock-kit/core';

export declare const matrixStart: string;
export declare const matrixEnd: string;
/** Absolute path of the repository README.md. */
export declare const readmePath: string;
/** The families of the one list (`packages/bedrock/src/all/families.ts`), embedding-only values included. */
export declare function listFamilies(): ModelFamily[];
export declare function listCapabilityRows(): { family: ModelFamily; name: string; id: string; capabilities: ModelCapabilities; profileOnly: boolean }[];
/** The Markdown matrix generated from the families' tables (no trailing newline). */
export declare function createCapabilityMatrix(): string;
export declare function replaceMatrixSection(readme: string, matrix: string): string;
export declare function readMatrixSection(readme: string): string | undefined;
