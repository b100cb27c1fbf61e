import { InputError, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { convertToCohereChatMessages } from './convert-to-cohere-chat-messages';
import { convertToCohereTools } from './convert-to-cohere-tools';

/**
 * The Command R / R+ native InvokeModel body
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-cohere-command-r-plus.html):
 * `message`, `chat_history`, `preamble`, `documents`, `tools`, `tool_results`,
 * `max_tokens`, `temperature`, `p`, `stop_sequences`, then
 * `additionalModelRequestFields` merged on top.
 */
export function prepareCohereChatRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const { message, chat_history, documents, tool_results } = convertToCohereChatMessages(request.messages);
  const body: Record<string, unknown> = { message };
  if (chat_history.length > 0) body.chat_history = chat_history;
  if (request.system !== undefined && request.system !== '') body.preamble = request.system;
  if (documents.length > 0) body.documents = documents;

  const choice = request.toolChoice ?? 'auto';
  if (choice === 'required' || typeof choice === 'object') {
    const wanted = choice === 'required' ? "'required'" : `{ tool: '${choice.tool}' }`;
    throw new InputError({
      message:
        `Cohere native InvokeModel has no tool_choice, so toolChoice ${wanted} can't be honoured on ${model.modelId}. ` +
        "Use toolChoice 'auto', or remove useConverse: false so the request goes through Converse.",
    });
  }
  // 'none': the model may not call tools, so it is not shown any (tool results still go back).
  if (request.tools && request.tools.length > 0 && choice !== 'none') body.tools = convertToCohereTools(request.tools);
  if (tool_results.length > 0) body.tool_results = tool_results;

  if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.p = request.topP;
  if (request.stopSequences && request.stopSequences.length > 0) body.stop_sequences = request.stopSequences;
  return { body: { ...body, ...request.additionalModelRequestFields } };
}
