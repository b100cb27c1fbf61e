import type { AnthropicCacheControl, AnthropicContentBlock, AnthropicMessagesBody } from './anthropic-messages-types';

/*
 * Block types Claude lets carry `cache_control`. Thinking blocks can't be marked
 * (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching#what-can-be-cached).
 */
const cacheableTypes = new Set(['text', 'image', 'document', 'tool_use', 'tool_result']);

/**
 * Marks the native body's cache breakpoints: the last system block, the last tool, and the last
 * cacheable block of the last user turn (the conversation prefix the next turn reads). At most
 * three, under Claude's limit of four. Mutates and returns `body`.
 */
export function applyAnthropicCacheControl(body: AnthropicMessagesBody, ttl: '5m' | '1h' | undefined): AnthropicMessagesBody {
  const control = (): AnthropicCacheControl => (ttl === undefined ? { type: 'ephemeral' } : { type: 'ephemeral', ttl });

  if (typeof body.system === 'string' && body.system !== '') {
    body.system = [{ type: 'text', text: body.system, cache_control: control() }];
  }

  const lastTool = body.tools?.[body.tools.length - 1];
  if (lastTool) lastTool.cache_control = control();

  const lastUser = [...body.messages].reverse().find((message) => message.role === 'user');
  if (lastUser) {
    if (typeof lastUser.content === 'string') {
      if (lastUser.content !== '') lastUser.content = [{ type: 'text', text: lastUser.content, cache_control: control() }];
    } else {
      const target = findLast(lastUser.content, (block) => cacheableTypes.has(block.type));
      if (target) target.cache_control = control();
    }
  }
  return body;
}

function findLast(blocks: AnthropicContentBlock[], test: (block: AnthropicContentBlock) => boolean): AnthropicContentBlock | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) if (test(blocks[i]!)) return blocks[i];
  return undefined;
}
