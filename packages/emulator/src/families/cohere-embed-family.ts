import { createHash } from 'node:crypto';
import type { AwsError } from '../aws-error';
import { countTokens } from '../conversation/conversation-view';
import { resolveBaseModelId } from './resolve-model';
import type { EmbeddingFamily } from '../embeddings/embedding-family';

type Json = Record<string, any>;

const INPUT_TYPES = ['search_document', 'search_query', 'classification', 'clustering', 'image'];
const V4_DIMENSIONS = [256, 512, 1024, 1536];

/** An embedding answer: the JSON body and its headers, or the service's error. */
export type EmbeddingAnswer = { body: Json; headers: Record<string, string> } | { error: AwsError };

/** Whether a model ID is a Cohere Embed model (answered by `answerCohereEmbed`). */
export function isCohereEmbedModel(modelId: string): boolean {
  return (resolveBaseModelId(modelId) ?? '').startsWith('cohere.embed-');
}

/**
 * Cohere Embed v3 / v4 on InvokeModel: `{ texts, input_type, truncate?, embedding_types?, output_dimension? }` →
 * `{ id, embeddings, response_type, texts }` with deterministic vectors (the same text always gets the same
 * vector, of the requested dimension: v3 1024, v4 `output_dimension` or 1536). v3 answers a plain list unless
 * `embedding_types` is given; v4 always answers by type. The input token count is only in the
 * `X-Amzn-Bedrock-Input-Token-Count` header, as the service sends it.
 */
export function answerCohereEmbed(modelId: string, body: unknown, requestNumber: number): EmbeddingAnswer {
  const invalid = (message: string): EmbeddingAnswer => ({ error: { status: 400, type: 'ValidationException', message: `Malformed input request: ${message}, please reformat your input and try again.` } });
  const v4 = (resolveBaseModelId(modelId) ?? '').startsWith('cohere.embed-v4');
  const request = body as Json;
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return invalid('#: expected type: JSONObject');
  const texts: unknown = request.texts;
  if (!Array.isArray(texts) || texts.length === 0) return invalid('#: required key [texts] not found');
  if (texts.length > 96) return invalid(`#/texts: expected maximum item count: 96, found: ${texts.length}`);
  if (!texts.every((text) => typeof text === 'string' && text !== '')) return invalid('#/texts: expected minLength: 1');
  if (!INPUT_TYPES.includes(request.input_type)) return invalid('#/input_type: not a valid enum value');
  if (request.output_dimension !== undefined && (!v4 || !V4_DIMENSIONS.includes(request.output_dimension))) {
    return invalid(v4 ? '#/output_dimension: not a valid enum value' : 'extraneous key [output_dimension] is not permitted');
  }
  const dimension: number = request.output_dimension ?? (v4 ? 1536 : 1024);
  const vectors = (texts as string[]).map((text) => vectorOf(text, dimension));
  const types: string[] | undefined = Array.isArray(request.embedding_types) ? request.embedding_types : undefined;
  const byType = v4 || types !== undefined;
  const embeddings = byType ? Object.fromEntries((types ?? ['float']).map((type) => [type, type === 'float' ? vectors : vectors.map(toInt8)])) : vectors;
  const tokens = (texts as string[]).reduce((sum, text) => sum + Math.max(1, countTokens(text)), 0);
  return {
    body: { id: `emulator-embed-${String(requestNumber).padStart(6, '0')}`, embeddings, response_type: byType ? 'embeddings_by_type' : 'embeddings_floats', texts },
    headers: { 'X-Amzn-Bedrock-Input-Token-Count': String(tokens), 'X-Amzn-Bedrock-Invocation-Latency': '42' },
  };
}

/** A deterministic vector for a text: full 64-bit doubles in (-1, 1), from a SHA-256 seeded generator. */
function vectorOf(text: string, dimension: number): number[] {
  let seed = createHash('sha256').update(text).digest().readUInt32BE(0);
  const out: number[] = [];
  for (let i = 0; i < dimension; i++) {
    // mulberry32
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out.push((unit * 2 - 1) / 3 + unit / 7919);
  }
  return out;
}

function toInt8(vector: number[]): number[] {
  return vector.map((value) => Math.max(-128, Math.min(127, Math.round(value * 127))));
}

/** Cohere Embed v3 / v4, plugged in by one line in `registry.ts`. */
export const cohereEmbedFamily: EmbeddingFamily = {
  name: 'cohere-embed',
  matches: (id) => id.startsWith('cohere.embed-'),
  validate(body, baseModelId) {
    const answer = answerCohereEmbed(baseModelId, body, 0);
    return 'error' in answer ? answer.error.message : undefined;
  },
  render(body, baseModelId, context) {
    const answer = answerCohereEmbed(baseModelId, body, context.requestNumber);
    if ('error' in answer) throw new Error(answer.error.message); // validate() refused it first
    return answer;
  },
};
