import { omitUndefined, type ConverseContentBlock, type ConverseRequestBody, type ModelRequest } from '@bedrock-kit/core';
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
    system: request.systemParts ? convertSystemParts(request) : system ? [{ text: system }] : undefined,
    inferenceConfig: Object.keys(inferenceConfig).length > 0 ? inferenceConfig : undefined,
    toolConfig,
    additionalModelRequestFields: request.additionalModelRequestFields,
    outputConfig: prepareOutputConfig(request),
  });
  return { body, toolIds, warnings };
}

/** `system` given as parts: text (or `guardContent`) and `cachePoint` blocks (service model `SystemContentBlock`). */
function convertSystemParts(request: ModelRequest): ConverseContentBlock[] {
  return request.systemParts!.map((part) => {
    if (part.type === 'cache-point') return { cachePoint: omitUndefined({ type: 'default', ttl: part.ttl }) };
    if (part.guard === undefined) return { text: part.text };
    return { guardContent: { text: omitUndefined({ text: part.text, qualifiers: part.guard === true ? undefined : part.guard.qualifiers }) } };
  });
}

/** Structured output: `outputConfig.textFormat`, the schema as a JSON string (service model `JsonSchemaDefinition.schema`). */
function prepareOutputConfig({ responseFormat }: ModelRequest): ConverseRequestBody['outputConfig'] {
  if (!responseFormat) return undefined;
  const { schema, name, description } = responseFormat;
  return { textFormat: { type: 'json_schema', structure: { jsonSchema: omitUndefined({ schema: JSON.stringify(schema), name, description }) } } };
}

