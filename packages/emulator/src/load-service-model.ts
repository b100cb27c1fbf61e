import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One shape of a botocore service model (the fields the emulator reads). */
export interface ServiceShape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'blob' | 'timestamp';
  required?: string[];
  members?: Record<string, { shape: string; location?: string; locationName?: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  union?: boolean;
  document?: boolean;
  enum?: string[];
  pattern?: string;
  min?: number;
  max?: number;
  error?: { httpStatusCode: number };
  exception?: boolean;
}

/** The botocore service model: operations and shapes. */
export interface ServiceModel {
  operations: Record<string, { input?: { shape: string }; output?: { shape: string } }>;
  shapes: Record<string, ServiceShape>;
}

/**
 * Where the vendored Bedrock Runtime model lives (`service-model/`, shipped
 * with the package). This file sits directly in `src/` and is bundled into
 * `dist/index.js` / `dist/index.cjs`, so the same relative URL works from
 * all three. A function, so nothing runs at import time.
 */
export function defaultServiceModelPath(): string {
  return fileURLToPath(new URL('../service-model/service-2.json', import.meta.url));
}

const cache = new Map<string, ServiceModel>();

/** Reads (once per path) the botocore `service-2.json`. */
export function loadServiceModel(path: string = defaultServiceModelPath()): ServiceModel {
  let model = cache.get(path);
  if (!model) {
    model = JSON.parse(readFileSync(path, 'utf8')) as ServiceModel;
    cache.set(path, model);
  }
  return model;
}
