import type { ConverseContentBlock, ConverseRequestBody } from '@bedrock-kit/core';

/** Claude accepts at most four cache checkpoints per request (Bedrock prompt-caching guide). */
export const maxCachePoints = 4;

/*
 * Blocks a cache point must not directly follow. Bedrock answers 400 for a cache point right after
 * a document or video (pydantic-ai works around it the same way: test_bedrock_cache_point_before_binary_content),
 * and a reasoning block can't end a cached prefix.
 */
const notBeforeCachePoint = ['document', 'video', 'reasoningContent', 'cachePoint'];

/**
 * Adds Converse `cachePoint` blocks after the system prompt, after the tools, and at the end of
 * the last user message (before a trailing run of documents/videos), without exceeding four in
 * all. Returns a new body; the input is not changed.
 */
export function addAnthropicCachePoints(body: ConverseRequestBody, ttl: '5m' | '1h' | undefined): ConverseRequestBody {
  const cachePoint = (): ConverseContentBlock => ({ cachePoint: ttl === undefined ? { type: 'default' } : { type: 'default', ttl } });
  let budget = maxCachePoints - countCachePoints(body);
  const next: ConverseRequestBody = { ...body };

  if (budget > 0 && body.system && body.system.length > 0 && !isCachePoint(body.system[body.system.length - 1])) {
    next.system = [...body.system, cachePoint()];
    budget--;
  }

  const tools = body.toolConfig?.tools;
  if (budget > 0 && body.toolConfig && tools && tools.length > 0 && !isCachePoint(tools[tools.length - 1])) {
    next.toolConfig = { ...body.toolConfig, tools: [...tools, cachePoint()] };
    budget--;
  }

  const userIndex = body.messages.map((m) => m.role).lastIndexOf('user');
  const user = body.messages[userIndex];
  if (budget > 0 && user) {
    const at = findCachePointPosition(user.content);
    if (at !== undefined) {
      const content = [...user.content.slice(0, at), cachePoint(), ...user.content.slice(at)];
      next.messages = body.messages.map((message, i) => (i === userIndex ? { ...message, content } : message));
    }
  }
  return next;
}

/** Where the prefix of `content` can end: before trailing documents/videos; `undefined` when nowhere. */
function findCachePointPosition(content: ConverseContentBlock[]): number | undefined {
  if (isCachePoint(content[content.length - 1])) return undefined;
  let at = content.length;
  while (at > 0 && ('document' in content[at - 1]! || 'video' in content[at - 1]!)) at--;
  if (at === 0) return undefined;
  const before = content[at - 1]!;
  if (notBeforeCachePoint.some((key) => key in before)) return undefined;
  return at;
}

function isCachePoint(block: unknown): boolean {
  return typeof block === 'object' && block !== null && 'cachePoint' in block;
}

function countCachePoints(body: ConverseRequestBody): number {
  const blocks: unknown[] = [...(body.system ?? []), ...(body.toolConfig?.tools ?? []), ...body.messages.flatMap((m) => m.content)];
  return blocks.filter(isCachePoint).length;
}
