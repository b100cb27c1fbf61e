import { omitUndefined } from '@bedrock-kit/core';
import type { AnthropicContentBlock, AnthropicMessagesBody } from './anthropic-messages-types';
import { countAnthropicCachePoints, maxCachePoints } from './check-anthropic-cache-points';

/*
 * Block types Claude lets carry `cache_control`. Thinking blocks can't be marked
 * (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching#what-can-be-cached).
 */
const cacheableTypes = ['text', 'image', 'document', 'tool_use', 'tool_result'];

type Markable = { cache_control?: unknown };

/**
 * Marks the native body's cache breakpoints: the system prompt, the last tool, and the last
 * cacheable block of the last user turn (the conversation prefix the next turn reads), in that
 * order and only as many as fit beside the blocks marked by hand under Claude's limit of four (as
 * on Converse); a block marked by hand keeps its mark. String contents become one text block to
 * carry the mark. Mutates and returns `body`.
 */
export function applyAnthropicCacheControl(body: AnthropicMessagesBody, ttl: '5m' | '1h' | undefined): AnthropicMessagesBody {
  let budget = maxCachePoints - countAnthropicCachePoints(body, 'cache_control');
  const mark = (block: Markable | undefined) => {
    if (!block || block.cache_control !== undefined || budget <= 0) return;
    block.cache_control = omitUndefined({ type: 'ephemeral', ttl });
    budget--;
  };
  const toBlocks = (content: string | AnthropicContentBlock[]) =>
    typeof content === 'string' ? [{ type: 'text', text: content }] : content;

  if (body.system !== undefined) mark((body.system = toBlocks(body.system)).at(-1));
  mark(body.tools?.at(-1));
  const lastUser = [...body.messages].reverse().find((message) => message.role === 'user');
  if (lastUser) {
    lastUser.content = toBlocks(lastUser.content);
    mark([...lastUser.content].reverse().find((block) => cacheableTypes.includes(block.type)));
  }
  return body;
}
