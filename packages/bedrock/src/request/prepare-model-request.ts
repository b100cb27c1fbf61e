import { omitUndefined, parseModelId, prepareSchema, type Message, type ModelRequest, type ModelTool } from '@bedrock-kit/core';
import { prepareSystemContent, splitSystemMessages } from './prepare-system-content';
import { readExtendedCode } from './extended/load-extended-code';
import type { GenerateTextRequest, ObjectTextRequest } from './generate-text-request';
import { isCount } from '../client/is-count';
import { refuseRequest } from './refusal/refuse-request';
import { validateMessages } from './validate-messages';

/**
 * Validates a call before anything touches the network and normalises it
 * into the `ModelRequest` every route and family receives. Each rule broken
 * is an `InputError` that names it.
 */
export function prepareModelRequest(request: GenerateTextRequest, stream: boolean): ModelRequest {
  const { model, prompt, toolChoice, stopSequences } = request;
  // Bedrock's ID and ARN grammar (service model), without its catch-all that lets `.` and `..` change the request path.
  const id = typeof model === 'string' ? model.trim().replace(/^bedrock:/, '') : '';
  if (id.length > 2048 || !/^(arn:aws[\w-]*:(bedrock|sagemaker):[\w.:/-]+|[\w.:-]+)$/.test(id) || /(^|\/)\.\.?(\/|$)/.test(id)) {
    refuseRequest('model', id);
  }
  if (prompt !== undefined && request.messages !== undefined) refuseRequest('promptAndMessages');
  const given = prompt !== undefined ? [{ role: 'user', content: prompt } as Message] : (request.messages ?? []);
  const system = prepareSystemContent(request.system);
  if (request.reasoning !== undefined) readExtendedCode().validateReasoning(request.reasoning);
  const tools = prepareTools(request.tools);
  const promptResource = parseModelId(model.trim()).arn?.resourceType === 'prompt' || undefined;
  if (promptResource) checkPromptResourceRequest(request);
  if (!promptResource || given.length > 0) validateMessages(given, tools);
  const { messages, systemMessages } = splitSystemMessages(given);

  if (toolChoice !== undefined && toolChoice !== 'auto' && toolChoice !== 'none') {
    if (tools.length === 0) refuseRequest('toolChoiceWithoutTools', toolChoice);
    if (typeof toolChoice === 'object' && !tools.some((tool) => tool.name === toolChoice.tool)) {
      refuseRequest('toolChoiceUnknown', toolChoice.tool, tools.map((tool) => tool.name));
    }
  }
  for (const key of ['maxTokens', 'maxSteps', 'topK', 'temperature', 'topP'] as const) {
    const value = (request as { [name in typeof key]?: unknown })[key];
    // Counts are integers from 1 to 2³¹−1; sampling settings finite numbers in the service model's [0, 1].
    const count = key[0] !== 't' || key === 'topK';
    if (value !== undefined && !(typeof value === 'number' && (count ? isCount(value) : value >= 0 && value <= 1))) {
      refuseRequest('setting', key, count, value);
    }
  }

  const providerOptions = (request.providerOptions ?? {}) as Record<string, unknown>;
  return omitUndefined({
    messages,
    providerOptions,
    stream,
    promptResource,
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
    additionalModelRequestFields: providerOptions.additionalModelRequestFields as Record<string, unknown> | undefined,
  });
}

/** The fields a prompt-management prompt defines itself (Converse refuses them beside a prompt ARN). */
function checkPromptResourceRequest(request: GenerateTextRequest): void {
  const owned = (['system', 'tools', 'maxTokens', 'temperature', 'topP', 'stopSequences'] as const).find((field) => request[field] !== undefined);
  const field = owned ?? (request.providerOptions?.additionalModelRequestFields !== undefined ? 'providerOptions.additionalModelRequestFields' : undefined);
  if (field) refuseRequest('promptResourceField', field);
}

function prepareTools(tools: GenerateTextRequest['tools']): ModelTool[] {
  return Object.entries(tools ?? {}).map(([name, tool]) => {
    if (tool?.inputSchema === undefined) refuseRequest('toolSchema', name);
    const { jsonSchema } = prepareSchema(tool.inputSchema, `tool "${name}"`);
    if (tool.strict !== undefined && typeof tool.strict !== 'boolean') refuseRequest('toolStrict', name, tool.strict);
    return omitUndefined({ name, description: tool.description, inputSchema: jsonSchema, strict: tool.strict });
  });
}
