import type { ConverseMessage, ConverseRequestBody, Message, ModelRequest } from '@bedrock-kit/core';
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
  validateMessages(request.messages, request.tools);
  const toolIds = createToolIdMap(collectToolIds(request.messages));
  const messages = convertToConverseMessages(request.messages, toolIds);
  const { toolConfig, warnings } = prepareConverseToolConfig(request.tools, request.toolChoice, hasToolBlocks(messages));
  const inferenceConfig = definedOnly({
    maxTokens: request.maxTokens,
    temperature: request.temperature,
    topP: request.topP,
    stopSequences: request.stopSequences,
  });
  const body: ConverseRequestBody = {
    messages,
    // SystemContentBlock.text is a NonEmptyString.
    ...(request.system ? { system: [{ text: request.system }] } : {}),
    ...(Object.keys(inferenceConfig).length > 0 ? { inferenceConfig } : {}),
    ...(toolConfig !== undefined ? { toolConfig } : {}),
    ...(request.additionalModelRequestFields !== undefined
      ? { additionalModelRequestFields: request.additionalModelRequestFields }
      : {}),
  };
  return { body, toolIds, warnings };
}

function collectToolIds(messages: Message[]): string[] {
  return messages.flatMap((message) =>
    typeof message.content === 'string'
      ? []
      : message.content.flatMap((part) => (part.type === 'tool-call' || part.type === 'tool-result' ? [part.id] : [])),
  );
}

function hasToolBlocks(messages: ConverseMessage[]): boolean {
  return messages.some((message) => message.content.some((block) => 'toolUse' in block || 'toolResult' in block));
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
