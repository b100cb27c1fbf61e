import type { EmbeddingFamily } from '../embeddings/embedding-family';
import { amazonNovaFamily } from './amazon-nova-family';
import { anthropicFamily } from './anthropic-family';
import { cohereEmbedFamily } from './cohere-embed-family';
import { cohereFamily } from './cohere-family';
import { deepseekFamily } from './deepseek-family';
import { llamaFamily } from './llama-family';
import { mistralFamily } from './mistral-family';
import type { NativeFamily } from './native-family';
import { openaiFamily } from './openai-family';
import { amazonEmbeddingFamily } from './titan-embeddings';

/**
 * The native InvokeModel families the emulator answers, first match wins.
 * To add one: write `families/<name>-family.ts` exporting a `NativeFamily`
 * (see `native-family.ts`; `anthropic-family.ts` is a complete example),
 * then import it here and add it to this list — one line. A family published on its own passes its
 * `NativeFamily` to `startEmulator({ families })` instead (see the family generator). Converse needs
 * nothing: it answers every model; a family only adds its quirks
 * (`alwaysReasons`, `refusesToolsWhileStreaming`, `profileOnly`).
 */
export const NATIVE_FAMILIES: readonly NativeFamily[] = [
  anthropicFamily,
  cohereFamily,
  openaiFamily,
  llamaFamily,
  amazonNovaFamily,
  mistralFamily,
  deepseekFamily,
];

/**
 * The embedding models the emulator answers on InvokeModel, first match wins.
 * To add one: write a module exporting an `EmbeddingFamily` (see
 * `embeddings/embedding-family.ts`; `embeddingVector` gives deterministic
 * vectors), then import it here and add it to this list — one line.
 */
export const EMBEDDING_FAMILIES: readonly EmbeddingFamily[] = [
  amazonEmbeddingFamily,
  cohereEmbedFamily,
];

/**
 * The native family of a base model ID, if the emulator knows one: those given to `startEmulator({ families })`
 * first (a family package teaches the emulator its body without touching this list), then the built-in ones.
 */
export function findNativeFamily(baseModelId: string, given: readonly NativeFamily[] = []): NativeFamily | undefined {
  return given.find((family) => family.matches(baseModelId)) ?? NATIVE_FAMILIES.find((family) => family.matches(baseModelId));
}

/** The embedding family of a base model ID, if the emulator knows one. */
export function findEmbeddingFamily(baseModelId: string): EmbeddingFamily | undefined {
  return EMBEDDING_FAMILIES.find((family) => family.matches(baseModelId));
}
