import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One shape of a botocore service model (the fields the emulator reads). */
export interface ServiceShape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'blob' | 'timestamp';
  required?: string[];
  members?: Record<string, { shape: string; location?: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  union?: boolean;
  document?: boolean;
  enum?: string[];
  min?: number;
  max?: number;
  error?: { httpStatusCode: number };
  exception?: boolean;
}

/** The botocore service model: operations and shapes. */
export interface ServiceModel {
  operations: Record<string, { input?: { shape: string } }>;
  shapes: Record<string, ServiceShape>;
}

/**
 * Where the vendored Bedrock Runtime model lives. This file sits directly in
 * `src/` and is bundled into `dist/index.js`, so the same relative URL works
 * from both.
 */
export const defaultServiceModelPath = fileURLToPath(
  new URL('../../../tools/test-utils/conformance/bedrock-runtime-model/botocore/service-2.json', import.meta.url),
);

const cache = new Map<string, ServiceModel>();

/** Reads (once per path) the botocore `service-2.json`. */
export function loadServiceModel(path: string = defaultServiceModelPath): ServiceModel {
  let model = cache.get(path);
  if (!model) {
    model = JSON.parse(readFileSync(path, 'utf8')) as ServiceModel;
    cache.set(path, model);
  }
  return model;
}
