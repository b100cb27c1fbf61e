import type { ConverseContentBlock, ConverseRequestBody } from '@bedrock-kit/core';

/**
 * Converse quirk: gpt-oss rejects `reasoningContent.reasoningText.signature`
 * ("This model doesn't support the reasoningContent.reasoningText.signature
 * field", https://github.com/badlogic/pi-mono/issues/686). gpt-oss never signs
 * its reasoning, so a signature can only come from another model's turn; the
 * reasoning text itself is still sent, only the signature is removed.
 */
export function prepareOpenaiOssConverseRequest(body: ConverseRequestBody): ConverseRequestBody {
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
