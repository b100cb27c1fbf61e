import { novaCachePoint } from './nova-cache-point';
import type { NovaContentBlock } from './nova-types';

/** Puts a cache point at the end of the last message (the conversation so far), unless it already ends with one. */
export function addTrailingCachePoint(messages: { content: NovaContentBlock[] }[]): void {
  const last = messages.at(-1);
  if (last && !('cachePoint' in (last.content.at(-1) ?? {}))) last.content.push(novaCachePoint);
}
