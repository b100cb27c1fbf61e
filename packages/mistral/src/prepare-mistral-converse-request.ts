import type { ConverseContentBlock, ConverseRequestBody, ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { assertMistralReasoning } from './assert-mistral-reasoning';

/**
 * Mistral's Converse quirks, on the body the facade built:
 * - Tool results as JSON: pydantic-ai's Bedrock profile for Mistral models sends tool results as
 *   `json` blocks (`bedrock_tool_result_format: 'json'`), so a `text` block of a `toolResult` becomes
 *   `{ json: { result: text } }`. Other blocks (json, images, documents) are kept: Pixtral Large took a
 *   document in a tool result (recorded: pydantic-ai `test_bedrock_media_kind_delivered_in_tool_result[mistral_document]`,
 *   copied into `src/__fixtures__/`), and `status` with it.
 * - Reasoning signatures (only other models sign) are removed; the reasoning text is kept.
 * - `reasoning` is checked against the row as on the native route.
 */
export function prepareMistralConverseRequest(body: ConverseRequestBody, request?: ModelRequest, model?: ModelInfo): ConverseRequestBody {
  if (request && model) assertMistralReasoning(request, model);
  let changed = false;
  const convert = (block: ConverseContentBlock): ConverseContentBlock => {
    const result = block.toolResult as { content?: ConverseContentBlock[] } | undefined;
    if (result?.content?.some((item) => typeof item.text === 'string')) {
      changed = true;
      const content = result.content.map((item) => (typeof item.text === 'string' ? { json: { result: item.text } } : item));
      return { toolResult: { ...result, content } };
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
