import { createHash } from 'node:crypto';
import { countTokens } from '../conversation/conversation-view';

import type { AwsError } from '../aws-error';
import type { EmbeddingFamily } from '../embeddings/embedding-family';

type Json = Record<string, any>;

/** A JSON answer built from the request body alone, or the service's error for it. */
export type DirectAnswer = { body: Json; headers?: Record<string, string> } | { error: AwsError };

const TITAN_V2_DIMENSIONS = [256, 512, 1024];
const NOVA_DIMENSIONS = [256, 384, 1024, 3072];

/** Amazon's embedding models the emulator answers. */
export function isAmazonEmbeddingModel(baseModelId: string): boolean {
  return baseModelId.startsWith('amazon.titan-embed-text-') || baseModelId.startsWith('amazon.nova-2-multimodal-embeddings-');
}

const invalid = (message: string): DirectAnswer => ({ error: { status: 400, type: 'ValidationException', message } });

/**
 * Titan Text Embeddings v1 / v2 and Nova 2 multimodal embeddings (text): a deterministic vector
 * of the requested size for the text (the same text always gets the same vector; Titan v2
 * normalizes unless `normalize: false`), and the token count (Titan in the body, Nova in the
 * `X-Amzn-Bedrock-Input-Token-Count` header).
 */
export function answerTitanEmbedding(baseModelId: string, body: Json): DirectAnswer {
  if (baseModelId.startsWith('amazon.nova-')) {
    const params: Json | undefined = body.singleEmbeddingParams;
    const text = params?.text?.value;
    if (body.taskType !== 'SINGLE_EMBEDDING' || typeof text !== 'string') {
      return invalid('Malformed input request: #: required key [taskType] / [singleEmbeddingParams.text.value] not found, please reformat your input and try again.');
    }
    const dimension = params!.embeddingDimension ?? 3072;
    if (!NOVA_DIMENSIONS.includes(dimension)) return invalid(`Malformed input request: #/singleEmbeddingParams/embeddingDimension: ${dimension} is not a valid enum value, please reformat your input and try again.`);
    return {
      body: { embeddings: [{ embeddingType: 'TEXT', embedding: vectorOf(text, dimension, true) }] },
      headers: { 'X-Amzn-Bedrock-Input-Token-Count': String(countTokens(text)) },
    };
  }
  const text = body.inputText;
  if (typeof text !== 'string') return invalid('Malformed input request: #: required key [inputText] not found, please reformat your input and try again.');
  const v1 = baseModelId === 'amazon.titan-embed-text-v1';
  if (v1 && body.dimensions !== undefined) return invalid('Malformed input request: #: extraneous key [dimensions] is not permitted, please reformat your input and try again.');
  const dimensions = v1 ? 1536 : (body.dimensions ?? 1024);
  if (!v1 && !TITAN_V2_DIMENSIONS.includes(dimensions)) return invalid(`Malformed input request: #/dimensions: ${dimensions} is not a valid enum value, please reformat your input and try again.`);
  const tokens = countTokens(text);
  return {
    body: { embedding: vectorOf(text, dimensions, v1 ? false : body.normalize !== false), inputTextTokenCount: tokens },
    headers: { 'X-Amzn-Bedrock-Input-Token-Count': String(tokens) },
  };
}

/** A deterministic vector for a text: bytes of chained SHA-256 digests mapped to [-1, 1]. */
export function vectorOf(text: string, dimensions: number, normalize: boolean): number[] {
  const values: number[] = [];
  let seed = createHash('sha256').update(text).digest();
  while (values.length < dimensions) {
    for (let i = 0; i + 1 < seed.length && values.length < dimensions; i += 2) values.push(seed.readUInt16BE(i) / 32767.5 - 1);
    seed = createHash('sha256').update(seed).digest();
  }
  if (!normalize) return values;
  const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
  return values.map((v) => v / norm);
}

/** Titan Text Embeddings v1 / v2 and Nova 2 multimodal embeddings, plugged in by one line in `registry.ts`. */
export const amazonEmbeddingFamily: EmbeddingFamily = {
  name: 'amazon-embed',
  matches: isAmazonEmbeddingModel,
  validate(body, baseModelId) {
    const answer = answerTitanEmbedding(baseModelId, body);
    return 'error' in answer ? answer.error.message : undefined;
  },
  render(body, baseModelId) {
    const answer = answerTitanEmbedding(baseModelId, body);
    if ('error' in answer) throw new Error(answer.error.message); // validate() refused it first
    return { body: answer.body, headers: answer.headers };
  },
};
