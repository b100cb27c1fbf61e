import type { ModelStreamPart } from './model-stream-part';
import type { Usage } from './usage';

/** A native stream chunk's token counts as a `usage` part, or no part when it has none. */
export function convertUsageToParts(usage: Partial<Usage> | undefined): ModelStreamPart[] {
  return usage && Object.keys(usage).length > 0 ? [{ type: 'usage', usage }] : [];
}
