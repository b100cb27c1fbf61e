import {
  completeNativeUsage,
  convertTextToParts,
  hasGuardrailIntervened,
  readTokenCounts,
  ServiceError,
  type ModelResponse,
  type NativeResponseContext,
  type Part,
} from '@bedrock-kit/core';
import { mapMistralStopReason } from './map-mistral-stop-reason';
import { parseMistralToolArguments, readMistralChatContent } from './read-mistral-chat-content';

/**
 * Decodes a native Mistral answer of either body: text completion `{ outputs: [{ text, stop_reason }] }`
 * or chat completion `{ choices: [{ message: { content, tool_calls }, stop_reason }] }`. Token
 * counts come from a chat `usage` when present, else from the `X-Amzn-Bedrock-*-Token-Count` headers.
 */
export function parseMistralResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const answer = body as Record<string, any> | null;
  const output = answer?.outputs?.[0];
  const choice = answer?.choices?.[0];
  const intervened = hasGuardrailIntervened(body);
  if (typeof output === 'object' && output !== null) {
    return {
      content: convertTextToParts(output.text),
      finishReason: intervened ? 'content-filter' : mapMistralStopReason(output.stop_reason),
      usage: completeNativeUsage(context.headers, undefined),
    };
  }
  if (typeof choice !== 'object' || choice === null) {
    throw new ServiceError({ message: 'mistral: the InvokeModel answer has neither outputs[0] nor choices[0]. Retry with useConverse: true.' });
  }
  const message = choice.message ?? {};
  const { reasoning, text } = readMistralChatContent(message.content);
  const content: Part[] = reasoning ? [{ type: 'reasoning', text: reasoning }] : [];
  content.push(...convertTextToParts(text));
  const toolCalls: Record<string, any>[] = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  toolCalls.forEach((call, index) => {
    const id = typeof call?.id === 'string' && call.id !== '' ? call.id : `call_${index}`;
    content.push({ type: 'tool-call', id, name: String(call?.function?.name ?? ''), input: parseMistralToolArguments(call?.function?.arguments) });
  });
  const stopReason = choice.stop_reason ?? choice.finish_reason ?? (toolCalls.length > 0 ? 'tool_calls' : undefined);
  const usage = readTokenCounts(answer?.usage, { inputTokens: 'prompt_tokens', outputTokens: 'completion_tokens', totalTokens: 'total_tokens' });
  return { content, finishReason: intervened ? 'content-filter' : mapMistralStopReason(stopReason), usage: completeNativeUsage(context.headers, usage) };
}
