import { omitUndefined, prepareSchema, type Message, type ModelRequest, type ModelTool } from '@bedrock-kit/core';
import { prepareSystemContent, splitSystemMessages } from './prepare-system-content';
import { validateReasoning } from './validate-reasoning';
import type { GenerateTextRequest, ObjectTextRequest } from './generate-text-request';
import { throwInputError } from './throw-input-error';
import { validateMessages } from './validate-messages';

/**
 * Validates a call before anything touches the network and normalises it
 * into the `ModelRequest` every route and family receives. Each rule broken
 * is an `InputError` that names it.
 */
export function prepareModelRequest(request: GenerateTextRequest, stream: boolean): ModelRequest {
  const { model, prompt, toolChoice, stopSequences } = request;
  if (typeof model !== 'string' || model.trim() === '') throwInputError('model is required, e.g. "anthropic.claude-3-5-haiku-20241022-v1:0".');
  if (prompt !== undefined && request.messages !== undefined) throwInputError('Give either prompt or messages, not both.');
  const given = prompt !== undefined ? [{ role: 'user', content: prompt } as Message] : (request.messages ?? []);
  const system = prepareSystemContent(request.system);
  validateReasoning(request.reasoning);
  const tools = prepareTools(request.tools);
  validateMessages(given, tools);
  const { messages, systemMessages } = splitSystemMessages(given);

  if (toolChoice !== undefined && toolChoice !== 'auto' && toolChoice !== 'none') {
    if (tools.length === 0) throwInputError(`toolChoice ${JSON.stringify(toolChoice)} needs tools.`);
    if (typeof toolChoice === 'object' && !tools.some((tool) => tool.name === toolChoice.tool)) {
      throwInputError(`toolChoice names "${toolChoice.tool}", not one of the tools (${tools.map((tool) => tool.name).join(', ')}).`);
    }
  }
  for (const key of ['maxTokens', 'maxSteps', 'temperature', 'topP'] as const) {
    const value = request[key];
    // Token and step counts are whole numbers from 1; sampling settings any number from 0.
    const count = key === 'maxTokens' || key === 'maxSteps';
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && (!count || (Number.isInteger(value) && value > 0)))) {
      throwInputError(`${key} must be ${count ? 'a positive integer' : 'a non-negative number'}; got ${value}.`);
    }
  }

  const providerOptions = request.providerOptions ?? {};
  return omitUndefined({
    messages,
    providerOptions,
    stream,
    system: system.text,
    systemParts: system.parts,
    systemMessages,
    tools: tools.length > 0 ? tools : undefined,
    toolChoice,
    maxTokens: request.maxTokens,
    temperature: request.temperature,
    topP: request.topP,
    stopSequences: stopSequences?.length ? stopSequences : undefined,
    reasoning: request.reasoning,
    responseFormat: (request as ObjectTextRequest).responseFormat,
    additionalModelRequestFields: providerOptions.additionalModelRequestFields,
  });
}

function prepareTools(tools: GenerateTextRequest['tools']): ModelTool[] {
  return Object.entries(tools ?? {}).map(([name, tool]) => {
    if (tool?.inputSchema === undefined) throwInputError(`Tool "${name}" needs an inputSchema (zod, jsonSchema(…) or JSON Schema).`);
    const { jsonSchema } = prepareSchema(tool.inputSchema, `tool "${name}"`);
    if (tool.strict !== undefined && typeof tool.strict !== 'boolean') throwInputError(`tools.${name}.strict must be a boolean; got ${typeof tool.strict}.`);
    return omitUndefined({ name, description: tool.description, inputSchema: jsonSchema, strict: tool.strict });
  });
}
