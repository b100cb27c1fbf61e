import { convertTextToParts, type ModelResponse, type NativeResponseContext } from '@bedrock-kit/core';
import { convertCohereCitations } from './convert-cohere-citations';
import { convertCohereToolCalls } from './convert-cohere-tool-calls';
import { mapCohereFinishReason } from './map-cohere-finish-reason';
import { parseCohereUsage } from './parse-cohere-usage';

/**
 * A Command R / R+ native answer: `{ response_id, text, generation_id,
 * citations?, tool_calls?, finish_reason }`, with usage in the
 * `X-Amzn-Bedrock-*-Token-Count` headers.
 */
export function parseCohereChatResponse(body: unknown, context: NativeResponseContext): ModelResponse {
  const answer = (body ?? {}) as Record<string, unknown>;
  const toolCalls = convertCohereToolCalls(answer.tool_calls);
  const response: ModelResponse = {
    content: [...convertTextToParts(answer.text), ...toolCalls],
    finishReason: mapCohereFinishReason(answer.finish_reason, toolCalls.length > 0),
    usage: parseCohereUsage(context.headers, answer),
  };
  const citations = convertCohereCitations(answer.citations, answer.documents);
  if (citations.length > 0) response.citations = citations;
  return response;
}
