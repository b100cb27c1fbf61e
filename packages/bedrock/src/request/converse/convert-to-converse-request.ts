import { omitUndefined, type ConverseRequestBody, type ModelRequest } from '@bedrock-kit/core';
import { readExtendedCode } from '../extended/load-extended-code';
import { createToolIdMap, type ToolIdMap } from './create-tool-id-map';
import { convertToConverseMessages } from './convert-to-converse-messages';
import { prepareConverseToolConfig } from './prepare-converse-tool-config';
import { validateMessages } from '../validate-messages';

/** A Converse request body and what is needed to read its answer. */
export interface ConverseRequest {
  /** The JSON body for `/model/{modelId}/converse` (or `/converse-stream`). */
  body: ConverseRequestBody;
  /** Tool-call IDs rewritten for Converse; pass it to the response parser and stream mapper. */
  toolIds: ToolIdMap;
  /** Notes for `result.warnings` (e.g. a `toolChoice` Converse can't express). */
  warnings: string[];
}

/**
 * Builds the Converse body for a request (service model `ConverseRequest`).
 * Pure: validates first and throws `InputError` naming the broken rule,
 * before anything is sent. Family adapters adjust the body afterwards
 * (cache points, reasoning fields).
 */
export function convertToConverseRequest(request: ModelRequest): ConverseRequest {
  const { messages, tools, system, maxTokens, temperature, topP, stopSequences } = request;
  // A prompt-management ARN's prompt opens the conversation: no messages of the caller's is fine.
  if (!request.promptResource || messages.length > 0) validateMessages(messages, tools);
  const ids = messages.flatMap(({ content }) => (typeof content === 'string' ? [] : content.flatMap((part) => ('id' in part ? [part.id] : []))));
  const toolIds = createToolIdMap(ids);
  const converseMessages = convertToConverseMessages(messages, toolIds, request.systemMessages);
  // Every tool-call and tool-result part became a toolUse / toolResult block.
  const { toolConfig, warnings } = prepareConverseToolConfig(tools, request.toolChoice, ids.length > 0);
  const inferenceConfig = omitUndefined({ maxTokens, temperature, topP, stopSequences });
  const body: ConverseRequestBody = omitUndefined({
    messages: converseMessages,
    // SystemContentBlock.text is a NonEmptyString.
    system: request.systemParts ? readExtendedCode().convertSystemPartsToConverse(request) : system ? [{ text: system }] : undefined,
    inferenceConfig: Object.keys(inferenceConfig).length > 0 ? inferenceConfig : undefined,
    toolConfig,
    additionalModelRequestFields: request.additionalModelRequestFields,
    outputConfig: request.responseFormat && readExtendedCode().prepareConverseOutputConfig(request.responseFormat),
  });
  return { body, toolIds, warnings };
}
