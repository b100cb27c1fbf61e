import type { Message } from '@bedrock-kit/core';
import type { AnthropicContentBlock, AnthropicMessage } from './anthropic-messages-types';
import { convertToAnthropicContentBlock } from './convert-to-anthropic-content-block';

/**
 * Messages → Messages API turns (the facade has checked roles, order and that none is empty).
 * A string content stays a string; parts become content blocks, with tool results moved ahead of
 * the other blocks: Claude requires the `tool_result` blocks first in the turn that answers a `tool_use`
 * (https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#handling-tool-use-and-tool-result-content-blocks).
 */
export function convertToAnthropicMessages(messages: Message[], citations: boolean): AnthropicMessage[] {
  return messages.map(({ role, content }) => {
    if (typeof content === 'string') return { role, content };
    const blocks = content.map((part) => convertToAnthropicContentBlock(part, role, citations));
    return { role, content: [...blocks.filter(isToolResult), ...blocks.filter((block) => !isToolResult(block))] };
  });
}

function isToolResult(block: AnthropicContentBlock): boolean {
  return block.type === 'tool_result';
}
