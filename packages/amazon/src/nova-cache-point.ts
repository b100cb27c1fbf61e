import type { NovaContentBlock } from './nova-types';

/** The `{ cachePoint }` block Nova reads on both routes (the default type; Nova takes no TTL). */
export const novaCachePoint: NovaContentBlock = { cachePoint: { type: 'default' } };
