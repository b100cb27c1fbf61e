import { throwInputError } from './throw-input-error';

/*
 * Claude takes at most four cache checkpoints per request on Bedrock, on both routes: the prompt-caching
 * guide's "Supported models, Regions, and limits" table gives every Claude model "Maximum number of cache
 * checkpoints per request: 4", in the fields `system`, `messages` and `tools`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html#prompt-caching-models).
 */
export const maxCachePoints = 4;

/** The parts of a native or Converse body where cache points go. */
interface CacheableBody {
  system?: unknown;
  tools?: unknown;
  toolConfig?: { tools?: unknown };
  messages: unknown;
}

/**
 * The cache points of a body: its blocks carrying `key` (`cachePoint` blocks on Converse, `cache_control`
 * natively) in `system`, the tools (`tools` natively, `toolConfig.tools` on Converse) and the messages'
 * content, a native tool result's own content blocks included.
 */
export function countAnthropicCachePoints(body: CacheableBody, key: 'cachePoint' | 'cache_control'): number {
  // Messages are walked as blocks: a message carries no mark of its own, its content is counted.
  const count = (blocks: unknown): number =>
    Array.isArray(blocks) ? blocks.reduce((sum: number, block?: Record<string, unknown>) => sum + (block?.[key] ? 1 : 0) + count(block?.content), 0) : 0;
  return count(body.system) + count(body.tools ?? body.toolConfig?.tools) + count(body.messages);
}

/**
 * Refuses, before anything is sent, a body with more cache points than Claude takes (Bedrock would
 * answer 400 after a round trip). Counted in the body as it will be sent: `promptCache` places only
 * what fits, so what goes over is the caller's (`cache-point` parts, or blocks marked in
 * `additionalModelRequestFields`).
 */
export function checkAnthropicCachePoints(body: CacheableBody, key: 'cachePoint' | 'cache_control'): void {
  const total = countAnthropicCachePoints(body, key);
  if (total > maxCachePoints) {
    throwInputError(`Claude takes at most ${maxCachePoints} cache points per request; this one has ${total}: remove ${total - maxCachePoints} of its cache-point parts.`);
  }
}
