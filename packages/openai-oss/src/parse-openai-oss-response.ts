import { completeNativeUsage, ServiceError, type ModelResponse, type NativeResponseContext, type Part } from '@bedrock-kit/core';
import { mapOpenaiOssFinishReason } from './map-openai-oss-finish-reason';
import { parseOpenaiOssToolArguments } from './parse-openai-oss-tool-arguments';
import { parseOpenaiOssUsage } from './parse-openai-oss-usage';
import { readOpenaiOssReasoning } from './read-openai-oss-reasoning';
import { readOpenaiOssToolCall } from './read-openai-oss-tool-call';
import { splitReasoningTags } from './split-reasoning-tags';

/**
 * Decodes a gpt-oss InvokeModel answer (a chat-completions object): reasoning
 * from `reasoning_content` / `reasoning` or from `<reasoning>` tags in
 * `content`, the answer text, `tool_calls`, `finish_reason` and `usage`
 * (falling back to the `X-Amzn-Bedrock-*-Token-Count` headers).
 */
export function parseOpenaiOssResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const answer = body as Record<string, any> | null;
  const choice = answer?.choices?.[0];
  if (typeof choice !== 'object' || choice === null) {
    throw new ServiceError({
      message: 'openai-oss: the InvokeModel answer has no choices[0] (not a chat-completions object). Retry with useConverse: true.',
    });
  }
  const message = choice.message ?? {};
  const content: Part[] = [];

  const reasoning = readOpenaiOssReasoning(message);
  if (reasoning) content.push({ type: 'reasoning', text: reasoning });
  // The segments are `text` / `reasoning` runs, the same shapes as our parts.
  if (typeof message.content === 'string') content.push(...splitReasoningTags(message.content));
  const toolCalls: Record<string, any>[] = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  toolCalls.forEach((call, index) => {
    const { id, name, arguments: input } = readOpenaiOssToolCall(call, index);
    content.push({ type: 'tool-call', id, name, input: parseOpenaiOssToolArguments(input) });
  });

  // Without a finish_reason, tool calls still mean the model waits for their results.
  const finishReason = mapOpenaiOssFinishReason(choice.finish_reason ?? (toolCalls.length > 0 ? 'tool_calls' : undefined));
  return { content, finishReason, usage: completeNativeUsage(context.headers, parseOpenaiOssUsage(answer?.usage)) };
}
