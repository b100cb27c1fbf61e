import { createHash } from 'node:crypto';
import type { RenderContext } from '../render/render-context';

/** What an embedding model's InvokeModel answer is made of. */
export interface EmbeddingAnswer {
  /** The JSON body. */
  body: Record<string, unknown>;
  /** Extra response headers (e.g. `X-Amzn-Bedrock-Input-Token-Count`, where the model reports usage only there). */
  headers?: Record<string, string>;
}

/**
 * An embedding model's native InvokeModel body (Titan, Cohere Embed, Nova
 * embeddings…), as the emulator understands it. One module exports such a
 * value; one line in `families/registry.ts` plugs it in. Converse and the
 * streaming routes refuse embedding models, as the service does.
 */
export interface EmbeddingFamily {
  /** Short name, e.g. `titan-embed`. */
  name: string;
  /** Whether this family answers a base model ID (no geo prefix, no ARN). */
  matches(baseModelId: string): boolean;
  /** The service's message for a body it refuses (missing or bad fields), else undefined. */
  validate(body: Record<string, unknown>, baseModelId: string): string | undefined;
  /** The answer; `embeddingVector` makes deterministic vectors. */
  render(body: Record<string, any>, baseModelId: string, context: RenderContext): EmbeddingAnswer;
}

/**
 * A deterministic unit vector for a text: the same text and dimension give
 * the same numbers on every run and machine (SHA-256 counter stream mapped to
 * [-1, 1], then normalised), different texts give different vectors.
 */
export function embeddingVector(text: string, dimensions: number): number[] {
  const values: number[] = [];
  for (let block = 0; values.length < dimensions; block++) {
    const digest = createHash('sha256').update(`${block}:${text}`).digest();
    for (let i = 0; i + 1 < digest.length && values.length < dimensions; i += 2) values.push(digest.readUInt16BE(i) / 32767.5 - 1);
  }
  const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
  return values.map((v) => v / norm);
}
