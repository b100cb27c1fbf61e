import type { ToolIdMap } from './create-tool-id-map';

/** The ID to send for the caller's `id`. */
export function mapToolIdToConverse(id: string, toolIds: ToolIdMap | undefined): string {
  return toolIds?.toConverse.get(id) ?? id;
}
