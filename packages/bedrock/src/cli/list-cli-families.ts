import type { ModelFamily } from '@bedrock-kit/core';
import * as families from '../all/families';

/**
 * The families of the one list (`all/families.ts`). The CLI build bundles
 * them into `dist/cli.js`, so the command works whichever optional peers are
 * installed.
 */
export function listCliFamilies(): ModelFamily[] {
  return Object.values<ModelFamily>(families);
}
