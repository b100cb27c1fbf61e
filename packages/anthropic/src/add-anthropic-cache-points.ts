import { omitUndefined, type ConverseContentBlock, type ConverseRequestBody } from '@bedrock-kit/core';
import { countAnthropicCachePoints, maxCachePoints } from './check-anthropic-cache-points';

/*
 * Blocks a cache point must not directly follow. Bedrock answers 400 for a cache point right after
 * a document or video (pydantic-ai works around it the same way: test_bedrock_cache_point_before_binary_content),
 * and a reasoning block can't end a cached prefix.
 */
const notBeforeCachePoint = ['document', 'video', 'reasoningContent', 'cachePoint'];

/**
 * Adds Converse `cachePoint` blocks after the system prompt, after the tools, and at the end of
 * the last user message (before a trailing run of documents/videos), as many as fit beside those
 * placed by hand without exceeding four in all. Returns a new body; the input is not changed.
 */
export function addAnthropicCachePoints(body: ConverseRequestBody, ttl: '5m' | '1h' | undefined): ConverseRequestBody {
  let budget = maxCachePoints - countAnthropicCachePoints(body, 'cachePoint');
  const withCachePoint = <T extends ConverseContentBlock>(blocks: T[]): T[] => {
    const at = findCachePointPosition(blocks);
    if (budget <= 0 || at === undefined) return blocks;
    budget--;
    return [...blocks.slice(0, at), { cachePoint: omitUndefined({ type: 'default', ttl }) } as unknown as T, ...blocks.slice(at)];
  };

  const next: ConverseRequestBody = { ...body };
  if (body.system) next.system = withCachePoint(body.system);
  if (body.toolConfig) next.toolConfig = { ...body.toolConfig, tools: withCachePoint(body.toolConfig.tools) };
  const userIndex = body.messages.map((message) => message.role).lastIndexOf('user');
  next.messages = body.messages.map((message, i) => (i === userIndex ? { ...message, content: withCachePoint(message.content) } : message));
  return next;
}

/** Where the prefix of `blocks` can end: before trailing documents/videos; `undefined` when nowhere. */
function findCachePointPosition(blocks: ConverseContentBlock[]): number | undefined {
  let at = blocks.length;
  while (at > 0 && ('document' in blocks[at - 1]! || 'video' in blocks[at - 1]!)) at--;
  const before = blocks[at - 1];
  // Nothing to cache, or the prefix ends in a block a cache point can't follow (a cache point included).
  return before && !notBeforeCachePoint.some((key) => key in before) ? at : undefined;
}
