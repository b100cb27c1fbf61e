import type { ConverseContentBlock, ConverseRequestBody, ModelInfo, ModelRequest } from '@bedrock-kit/core';
import { readOpenaiOssReasoningEffort } from './read-openai-oss-reasoning-effort';

/**
 * Converse quirk: gpt-oss rejects `reasoningContent.reasoningText.signature`
 * ("This model doesn't support the reasoningContent.reasoningText.signature
 * field", https://github.com/badlogic/pi-mono/issues/686). gpt-oss never signs
 * its reasoning, so a signature can only come from another model's turn; the
 * reasoning text itself is still sent, only the signature is removed.
 * `reasoning` goes in `additionalModelRequestFields.reasoning_effort` (Converse has no field of its
 * own for it; recorded: pydantic-ai test_bedrock_thinking_high_openai_variant).
 */
export function prepareOpenaiOssConverseRequest(body: ConverseRequestBody, request?: ModelRequest, model?: ModelInfo): ConverseRequestBody {
  const effort = request && model ? readOpenaiOssReasoningEffort(request, model) : undefined;
  if (effort) body = { ...body, additionalModelRequestFields: { ...body.additionalModelRequestFields, reasoning_effort: effort } };
  let changed = false;
  const removeSignature = (block: ConverseContentBlock): ConverseContentBlock => {
    const reasoning = block.reasoningContent as Record<string, any> | undefined;
    if (!reasoning?.reasoningText || !('signature' in reasoning.reasoningText)) return block;
    changed = true;
    const { signature: _signature, ...reasoningText } = reasoning.reasoningText;
    return { ...block, reasoningContent: { ...reasoning, reasoningText } };
  };
  const messages = body.messages.map((message) =>
    message.role === 'assistant' ? { ...message, content: message.content.map(removeSignature) } : message,
  );
  return changed ? { ...body, messages } : body;
}
