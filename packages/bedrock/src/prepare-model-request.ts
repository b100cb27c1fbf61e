import { InputError, prepareSchema, type Message, type ModelRequest, type ModelTool } from '@bedrock-kit/core';
import { validateMessages } from './validate-messages';
import type { GenerateTextRequest } from './generate-text-request';

/**
 * Validates a call before anything touches the network and normalises it
 * into the `ModelRequest` every route and family receives. Each rule broken
 * is an `InputError` that names it.
 */
export function prepareModelRequest(request: GenerateTextRequest, stream: boolean): ModelRequest {
  if (typeof request.model !== 'string' || request.model.trim() === '') {
    throw new InputError({ message: 'model is required, e.g. "anthropic.claude-3-5-haiku-20241022-v1:0".' });
  }
  if (request.prompt !== undefined && request.messages !== undefined) {
    throw new InputError({ message: 'Give either prompt or messages, not both.' });
  }
  const messages: Message[] =
    request.prompt !== undefined ? [{ role: 'user', content: request.prompt }] : (request.messages ?? []);
  const tools = prepareTools(request.tools);
  validateMessages(messages, tools);
  validateToolChoice(request, tools);
  validateNumbers(request);

  const providerOptions = request.providerOptions ?? {};
  const modelRequest: ModelRequest = { messages, providerOptions, stream };
  if (request.system !== undefined && request.system !== '') modelRequest.system = request.system;
  if (tools.length > 0) modelRequest.tools = tools;
  if (request.toolChoice !== undefined) modelRequest.toolChoice = request.toolChoice;
  if (request.maxTokens !== undefined) modelRequest.maxTokens = request.maxTokens;
  if (request.temperature !== undefined) modelRequest.temperature = request.temperature;
  if (request.topP !== undefined) modelRequest.topP = request.topP;
  if (request.stopSequences !== undefined && request.stopSequences.length > 0) modelRequest.stopSequences = request.stopSequences;
  if (providerOptions.additionalModelRequestFields !== undefined) {
    modelRequest.additionalModelRequestFields = providerOptions.additionalModelRequestFields;
  }
  return modelRequest;
}

function prepareTools(tools: GenerateTextRequest['tools']): ModelTool[] {
  if (tools === undefined) return [];
  return Object.entries(tools).map(([name, tool]) => {
    if (typeof tool !== 'object' || tool === null || tool.inputSchema === undefined) {
      throw new InputError({ message: `Tool "${name}" needs an inputSchema (zod, jsonSchema(…) or JSON Schema).` });
    }
    const { jsonSchema } = prepareSchema(tool.inputSchema, `tool "${name}"`);
    return tool.description === undefined ? { name, inputSchema: jsonSchema } : { name, description: tool.description, inputSchema: jsonSchema };
  });
}

function validateToolChoice(request: GenerateTextRequest, tools: ModelTool[]): void {
  const choice = request.toolChoice;
  if (choice === undefined || choice === 'auto' || choice === 'none') return;
  if (tools.length === 0) throw new InputError({ message: `toolChoice ${JSON.stringify(choice)} needs tools.` });
  if (typeof choice === 'object' && !tools.some((tool) => tool.name === choice.tool)) {
    throw new InputError({ message: `toolChoice names "${choice.tool}", which is not one of the tools (${tools.map((t) => t.name).join(', ')}).` });
  }
}

function validateNumbers(request: GenerateTextRequest): void {
  if (request.maxTokens !== undefined && !(Number.isInteger(request.maxTokens) && request.maxTokens > 0)) {
    throw new InputError({ message: `maxTokens must be a positive integer; got ${request.maxTokens}.` });
  }
  if (request.maxSteps !== undefined && !(Number.isInteger(request.maxSteps) && request.maxSteps >= 1)) {
    throw new InputError({ message: `maxSteps must be an integer ≥ 1; got ${request.maxSteps}.` });
  }
  for (const key of ['temperature', 'topP'] as const) {
    const value = request[key];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value) || value < 0)) {
      throw new InputError({ message: `${key} must be a non-negative number; got ${value}.` });
    }
  }
}
