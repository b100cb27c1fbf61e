import type { ConverseContentBlock, ConverseRequestBody, ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { assertDeepseekRequest } from './assert-deepseek-request';

/**
 * Converse quirks: the same refusals as the native route (tools on R1, `reasoning` the row can't
 * honour), and reasoning signatures removed from earlier assistant turns. R1's own reasoning
 * blocks carry none (recorded: pydantic-ai `test_bedrock_model_thinking_part_deepseek`); a
 * signature can only come from another model's turn, and the text is still sent.
 */
export function prepareDeepseekConverseRequest(body: ConverseRequestBody, request: ModelRequest, model: ModelInfo): ConverseRequestBody {
  assertDeepseekRequest(request, model);
  let changed = false;
  const unsign = (block: ConverseContentBlock): ConverseContentBlock => {
    const reasoning = block.reasoningContent as { reasoningText?: Record<string, unknown> } | undefined;
    if (!reasoning?.reasoningText || !('signature' in reasoning.reasoningText)) return block;
    changed = true;
    const { signature: _signature, ...reasoningText } = reasoning.reasoningText;
    return { ...block, reasoningContent: { ...reasoning, reasoningText } };
  };
  const messages = body.messages.map((message) => (message.role === 'assistant' ? { ...message, content: message.content.map(unsign) } : message));
  return changed ? { ...body, messages } : body;
}
