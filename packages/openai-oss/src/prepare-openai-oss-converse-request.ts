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
  const messages = body.messages.map((message) => {
    if (message.role !== 'assistant') return message;
    const content = message.content.map((block): ConverseContentBlock => {
      const stripped = removeReasoningSignature(block);
      if (stripped !== block) changed = true;
      return stripped;
    });
    return { ...message, content };
  });
  return changed ? { ...body, messages } : body;
}

function removeReasoningSignature(block: ConverseContentBlock): ConverseContentBlock {
  const reasoning = block.reasoningContent as Record<string, unknown> | undefined;
  const text = reasoning?.reasoningText as Record<string, unknown> | undefined;
  if (text === undefined || !('signature' in text)) return block;
  const { signature: _signature, ...rest } = text;
  return { ...block, reasoningContent: { ...reasoning, reasoningText: rest } };
}
