import type { ToolIdMap } from './create-tool-id-map';

/** The caller's ID for an ID found in a Converse response or stream. */
export function mapToolIdFromConverse(id: string, toolIds: ToolIdMap | undefined): string {
  return toolIds?.fromConverse.get(id) ?? id;
}
