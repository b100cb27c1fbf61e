import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';
import type { FinishReason } from '@bedrock-kit/core';

/**
 * bedrock-kit's finish reasons are the AI SDK's unified ones. `raw` carries
 * bedrock-kit's reason too: the wire `stopReason` is not part of its result.
 * A forced JSON tool that ran is the answer, so its `tool-calls` is a `stop`.
 */
export function mapFinishReason(reason: FinishReason, answeredWithJsonTool = false): LanguageModelV4FinishReason {
  return { unified: answeredWithJsonTool && reason === 'tool-calls' ? 'stop' : reason, raw: reason };
}
