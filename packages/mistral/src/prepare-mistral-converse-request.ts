import type { ConverseContentBlock, ConverseRequestBody } from '@bedrock-kit/core';

/**
 * Mistral's Converse quirks, on the body the facade built:
 * - Tool results as JSON: Mistral models on Converse want `toolResult.content` as `json` blocks,
 *   not `text` (pydantic-ai's Bedrock profile for Mistral sends `bedrock_tool_result_format: 'json'`),
 *   so a text block becomes `{ json: { result: text } }`.
 * - `toolResult.status` is only taken by Claude and Nova (service model `ToolResultBlock.status`): an
 *   error result is said in the content instead (`{ json: { error: … } }`), never dropped.
 * - Reasoning signatures (only other models sign) are removed; the reasoning text is kept.
 */
export function prepareMistralConverseRequest(body: ConverseRequestBody): ConverseRequestBody {
  let changed = false;
  const convert = (block: ConverseContentBlock): ConverseContentBlock => {
    const result = block.toolResult as { toolUseId: string; content?: ConverseContentBlock[]; status?: string } | undefined;
    if (result) {
      const error = result.status === 'error';
      const content = (result.content ?? []).map((item) => {
        if (typeof item.text === 'string') return { json: error ? { error: item.text } : { result: item.text } };
        if (error && 'json' in item) return { json: { error: item.json } };
        return item;
      });
      changed = true;
      const { status: _status, ...rest } = result;
      return { toolResult: { ...rest, content } };
    }
    const reasoning = block.reasoningContent as { reasoningText?: Record<string, unknown> } | undefined;
    if (reasoning?.reasoningText && 'signature' in reasoning.reasoningText) {
      changed = true;
      const { signature: _signature, ...reasoningText } = reasoning.reasoningText;
      return { ...block, reasoningContent: { ...reasoning, reasoningText } };
    }
    return block;
  };
  const messages = body.messages.map((message) => ({ ...message, content: message.content.map(convert) }));
  return changed ? { ...body, messages } : body;
}
