import { completeUsage, parseUsageHeaders, ServiceError, type ModelResponse, type NativeResponseContext, type Part, type Usage } from '@bedrock-kit/core';
import { mapOpenaiOssFinishReason } from './map-openai-oss-finish-reason';
import { parseOpenaiOssToolArguments } from './parse-openai-oss-tool-arguments';
import { parseOpenaiOssUsage } from './parse-openai-oss-usage';
import { splitReasoningTags } from './split-reasoning-tags';

/**
 * Decodes a gpt-oss InvokeModel answer (a chat-completions object): reasoning
 * from `reasoning_content` / `reasoning` or from `<reasoning>` tags in
 * `content`, the answer text, `tool_calls`, `finish_reason` and `usage`
 * (falling back to the `X-Amzn-Bedrock-*-Token-Count` headers).
 */
export function parseOpenaiOssResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const choice = readFirstChoice(body);
  const message = (choice.message ?? {}) as Record<string, unknown>;
  const content: Part[] = [];

  const reasoningField = message.reasoning_content ?? message.reasoning;
  if (typeof reasoningField === 'string' && reasoningField !== '') content.push({ type: 'reasoning', text: reasoningField });
  if (typeof message.content === 'string') {
    for (const segment of splitReasoningTags(message.content)) {
      content.push(segment.type === 'reasoning' ? { type: 'reasoning', text: segment.text } : { type: 'text', text: segment.text });
    }
  }
  const toolCalls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  toolCalls.forEach((call: Record<string, any>, index) => {
    content.push({
      type: 'tool-call',
      id: typeof call?.id === 'string' ? call.id : `call_${index}`,
      name: String(call?.function?.name ?? ''),
      input: parseOpenaiOssToolArguments(call?.function?.arguments),
    });
  });

  const finishReason =
    choice.finish_reason === undefined || choice.finish_reason === null
      ? toolCalls.length > 0
        ? 'tool-calls'
        : 'other'
      : mapOpenaiOssFinishReason(choice.finish_reason);
  return { content, finishReason, usage: readUsage((body as Record<string, unknown>).usage, context.headers) };
}

function readFirstChoice(body: unknown): Record<string, unknown> {
  const choices = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).choices : undefined;
  const first = Array.isArray(choices) ? choices[0] : undefined;
  if (typeof first !== 'object' || first === null) {
    throw new ServiceError({
      message:
        'openai-oss: the InvokeModel answer has no choices[0], so it is not a chat-completions object. Check the model ID, or retry with useConverse: true.',
    });
  }
  return first as Record<string, unknown>;
}

function readUsage(usage: unknown, headers: Headers): Usage {
  return completeUsage({ ...parseUsageHeaders(headers), ...parseOpenaiOssUsage(usage) });
}
