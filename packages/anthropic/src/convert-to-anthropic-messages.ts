import { InputError, type Message } from '@bedrock-kit/core';
import type { AnthropicContentBlock, AnthropicMessage } from './anthropic-messages-types';
import { convertToAnthropicContentBlock } from './convert-to-anthropic-content-block';

/**
 * Messages → Messages API turns. A string content stays a string; parts become content blocks.
 * In a user turn, tool results move ahead of other blocks: Claude requires the `tool_result`
 * blocks first in the turn that answers a `tool_use`
 * (https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#handling-tool-use-and-tool-result-content-blocks).
 */
export function convertToAnthropicMessages(messages: Message[], options: { citations: boolean }): AnthropicMessage[] {
  if (messages.length === 0) {
    throw new InputError({ message: 'anthropic native InvokeModel needs at least one message; pass a prompt or messages.' });
  }
  return messages.map((message) => {
    const { role } = message;
    if (role !== 'user' && role !== 'assistant') {
      throw new InputError({
        message: `anthropic native InvokeModel can't carry a message with role ${JSON.stringify(role)}; use 'user' or 'assistant' (put instructions in system).`,
      });
    }
    if (typeof message.content === 'string') return { role, content: message.content };
    const blocks = message.content.map((part) => convertToAnthropicContentBlock(part, { role, citations: options.citations }));
    return { role, content: role === 'user' ? toolResultsFirst(blocks) : blocks };
  });
}

function toolResultsFirst(blocks: AnthropicContentBlock[]): AnthropicContentBlock[] {
  const results = blocks.filter((block) => block.type === 'tool_result');
  if (results.length === 0 || results.length === blocks.length) return blocks;
  return [...results, ...blocks.filter((block) => block.type !== 'tool_result')];
}
