import { loadOnUse, readLoaded, type CodeOnUse } from '@bedrock-kit/core';

/**
 * The decoder of a whole (non-streaming) Converse answer. A bundle that only streams never decodes
 * one, so it is a chunk of its own, loaded before the first non-streaming Converse step is sent
 * (`readyCall`): `generateText`, `generateObject`, and the tools-while-streaming fallback.
 */
const converseAnswer: CodeOnUse<typeof import('./parse-converse-response')> = {
  what: 'the decoder of non-streaming Converse answers',
  load: () => import('./parse-converse-response'),
};

/** Whether a non-streaming Converse step must wait for its decoder. */
export function needsConverseAnswerCode(): boolean {
  return !converseAnswer.module;
}

/** Loads the decoder once (`loadOnUse`: a failed load is a `ConfigError`, retried by the next call). */
export function loadConverseAnswerCode(): Promise<typeof import('./parse-converse-response')> {
  return loadOnUse(converseAnswer);
}

/** The decoder, which `readyCall` loaded before the step was sent. */
export function readConverseAnswerCode(): typeof import('./parse-converse-response') {
  return readLoaded(converseAnswer);
}
