import type { CodeOnUse } from '@bedrock-kit/core';

/**
 * The decoder of a whole (non-streaming) Converse answer. A bundle that only streams never decodes
 * one, so it is a chunk of its own, loaded (core's `loadOnUse`) before the first non-streaming
 * Converse step is sent (`readyCall`): `generateText`, `generateObject`, and the tools-while-streaming
 * fallback. The codec reads it with `readLoaded`.
 */
export const converseAnswer: CodeOnUse<typeof import('./parse-converse-response')> = {
  what: 'the decoder of non-streaming Converse answers',
  load: () => import('./parse-converse-response'),
};
