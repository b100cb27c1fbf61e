import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Root of the vendored conformance data (a byte-exact copy of shared/conformance, with its SOURCE and LICENSE files). */
export const conformanceRoot = fileURLToPath(new URL('../conformance', import.meta.url));

/** A path inside the conformance data, e.g. `conformancePath('sigv4', 'v4')`. */
export function conformancePath(...segments: string[]): string {
  return join(conformanceRoot, ...segments);
}
