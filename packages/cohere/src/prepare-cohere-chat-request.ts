import type { ModelInfo, ModelRequest, NativeRequest } from '@bedrock-kit/core';
import { createCohereNativeError, useConverse } from './create-cohere-native-error';
import { convertToCohereChatMessages } from './convert-to-cohere-chat-messages';
import { convertToCohereTools } from './convert-to-cohere-tools';
import { prepareCohereNativeBody } from './prepare-cohere-native-body';

/**
 * The Command R / R+ native InvokeModel body
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html):
 * `message`, `chat_history`, `preamble`, `documents`, `tools`, `tool_results`,
 * `max_tokens`, `temperature`, `p`, `stop_sequences`, then
 * `additionalModelRequestFields` merged on top.
 */
export function prepareCohereChatRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const { message, chat_history, documents, tool_results } = convertToCohereChatMessages(request.messages);
  const choice = request.toolChoice;
  if (choice === 'required' || typeof choice === 'object') {
    const named = choice === 'required' ? "'required'" : `{ tool: '${choice.tool}' }`;
    throw createCohereNativeError(`has no tool_choice, so ${model.modelId} can't honour toolChoice ${named}`, `Use 'auto', or ${useConverse}`);
  }
  const body: Record<string, unknown> = { message };
  if (chat_history.length > 0) body.chat_history = chat_history;
  if (request.system) body.preamble = request.system;
  if (documents.length > 0) body.documents = documents;
  // 'none': the model may not call tools, so it is not shown any (tool results still go back).
  if (request.tools?.length && choice !== 'none') body.tools = convertToCohereTools(request.tools);
  if (tool_results.length > 0) body.tool_results = tool_results;
  return prepareCohereNativeBody(body, request);
}
