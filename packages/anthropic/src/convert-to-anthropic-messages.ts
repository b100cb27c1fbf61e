import { createNativeInputError, omitUndefined, type Message, type ModelRequest, type Part, type SystemPart } from '@bedrock-kit/core';
import type { AnthropicContentBlock, AnthropicMessage } from './anthropic-messages-types';
import { convertToAnthropicContentBlock } from './convert-to-anthropic-content-block';

/**
 * Messages → Messages API turns (the facade has checked roles, order and that none is empty).
 * A string content stays a string; parts become content blocks, with tool results moved ahead of
 * the other blocks: Claude requires the `tool_result` blocks first in the turn that answers a `tool_use`
 * (https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#handling-tool-use-and-tool-result-content-blocks).
 * A `cache-point` part becomes `cache_control` on the block before it. Mid-conversation system
 * instructions become `role: 'system'` turns at their place (the caller checked the model takes them).
 */
export function convertToAnthropicMessages(messages: Message[], citations: boolean, systemMessages: ModelRequest['systemMessages'] = []): AnthropicMessage[] {
  const turns: AnthropicMessage[] = [];
  const addSystemMessages = (before: number) => {
    for (const { content } of systemMessages.filter((message) => message.before === before)) {
      turns.push({ role: 'system', content: convertToAnthropicBlocks(content, 'user', citations, `the system message before messages[${before}]`) });
    }
  };
  messages.forEach(({ role, content }, index) => {
    addSystemMessages(index);
    if (typeof content === 'string') {
      turns.push({ role, content });
      return;
    }
    const blocks = convertToAnthropicBlocks(content, role, citations, `messages[${index}]`);
    turns.push({ role, content: [...blocks.filter(isToolResult), ...blocks.filter((block) => !isToolResult(block))] });
  });
  addSystemMessages(messages.length);
  return turns;
}

/**
 * Parts → content blocks, a `cache-point` part marking the block before it with `cache_control`
 * (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching). Used for `system` parts too.
 */
export function convertToAnthropicBlocks(parts: readonly (Part | SystemPart)[], role: 'user' | 'assistant', citations: boolean, where: string): AnthropicContentBlock[] {
  const blocks: AnthropicContentBlock[] = [];
  parts.forEach((part, index) => {
    if (part.type !== 'cache-point') {
      blocks.push(convertToAnthropicContentBlock(part, role, citations));
      return;
    }
    const before = blocks.at(-1);
    if (!before || before.type === 'thinking' || before.type === 'redacted_thinking') {
      throw createNativeInputError('anthropic', `${where}.content[${index}]: a cache point must follow a block other than reasoning in the same message.`);
    }
    before.cache_control = omitUndefined({ type: 'ephemeral' as const, ttl: part.ttl });
  });
  return blocks;
}

function isToolResult(block: AnthropicContentBlock): boolean {
  return block.type === 'tool_result';
}
