import { InputError, prepareSchema, type Message, type ModelRequest, type ModelTool } from '@bedrock-kit/core';
import type { GenerateTextRequest } from './generate-text-request';

const toolNamePattern = /^[a-zA-Z0-9_-]{1,64}$/;

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
  validateMessages(messages);

  const tools = prepareTools(request.tools);
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

function validateMessages(messages: Message[]): void {
  if (messages.length === 0) throw new InputError({ message: 'messages is empty: give a prompt or at least one user message.' });
  const callIds = new Set<string>();
  messages.forEach((message, index) => {
    if (message.role !== 'user' && message.role !== 'assistant') {
      throw new InputError({ message: `messages[${index}].role must be "user" or "assistant" (put system text in "system").` });
    }
    const parts = typeof message.content === 'string' ? [{ type: 'text' as const, text: message.content }] : message.content;
    if (!Array.isArray(parts) || parts.length === 0 || parts.every((p) => p.type === 'text' && p.text.trim() === '')) {
      throw new InputError({ message: `messages[${index}] has no content; Bedrock rejects empty turns.` });
    }
    for (const part of parts) {
      if (part.type === 'tool-call') {
        if (message.role !== 'assistant') throw new InputError({ message: `messages[${index}]: tool-call parts belong in assistant messages.` });
        callIds.add(part.id);
      } else if (part.type === 'tool-result') {
        if (message.role !== 'user') throw new InputError({ message: `messages[${index}]: tool-result parts belong in user messages.` });
        if (!callIds.has(part.id)) {
          throw new InputError({
            message: `messages[${index}]: tool-result "${part.id}" (${part.name}) has no matching tool-call earlier in the conversation.`,
          });
        }
      }
    }
  });
}

function prepareTools(tools: GenerateTextRequest['tools']): ModelTool[] {
  if (tools === undefined) return [];
  return Object.entries(tools).map(([name, tool]) => {
    if (!toolNamePattern.test(name)) {
      throw new InputError({ message: `Tool name "${name}" is invalid: Bedrock allows 1–64 letters, digits, "_" and "-".` });
    }
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
