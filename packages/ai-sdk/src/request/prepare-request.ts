import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { GenerateTextRequest } from '@bedrock-kit/bedrock';
import { jsonSchema, type Tool, type ToolChoice } from '@bedrock-kit/core';
import { convertPrompt, type RequestDocument } from './convert-prompt';
import { readBedrockKitOptions } from './read-bedrock-kit-options';

/** A bedrock-kit request plus what the answer needs to be read back. */
export interface PreparedRequest {
  request: GenerateTextRequest;
  warnings: SharedV4Warning[];
  /** With `responseFormat: json` and a schema: the forced tool whose input is the JSON answer. */
  jsonToolName?: string;
  /** The request's documents, for the citations of the answer. */
  documents: RequestDocument[];
}

const jsonToolName = 'json';
const jsonInstruction = 'Answer with a single JSON value and nothing else: no prose, no code fence.';

/**
 * Maps AI SDK call options onto a bedrock-kit request. Tools go without `execute`
 * (the AI SDK runs its own loop), so bedrock-kit makes exactly one model call.
 * What Bedrock cannot take is named in a warning, never dropped silently.
 */
export function prepareRequest(modelId: string, options: LanguageModelV4CallOptions): PreparedRequest {
  const warnings: SharedV4Warning[] = [];
  const { system, messages, documents } = convertPrompt(options.prompt, warnings);

  for (const setting of ['topK', 'presencePenalty', 'frequencyPenalty', 'seed'] as const) {
    if (options[setting] !== undefined) warnings.push({ type: 'unsupported', feature: setting });
  }
  if (options.reasoning !== undefined && options.reasoning !== 'provider-default') {
    warnings.push({
      type: 'unsupported',
      feature: 'reasoning',
      details: 'request thinking with providerOptions.bedrockKit.additionalModelRequestFields (e.g. { thinking: { type: "enabled", budget_tokens: 1024 } })',
    });
  }
  if (options.includeRawChunks) warnings.push({ type: 'unsupported', feature: 'includeRawChunks' });
  const headerNames = Object.entries(options.headers ?? {})
    .filter(([name, value]) => value !== undefined && name.toLowerCase() !== 'user-agent')
    .map(([name]) => name);
  if (headerNames.length > 0) {
    warnings.push({ type: 'unsupported', feature: 'per-call headers', details: `${headerNames.join(', ')} not sent: set headers in createBedrockKit({ headers })` });
  }

  const tools: Record<string, Tool> = {};
  for (const tool of options.tools ?? []) {
    if (tool.type !== 'function') {
      warnings.push({ type: 'unsupported', feature: `provider tool ${tool.id}` });
      continue;
    }
    if (tool.inputExamples !== undefined && tool.inputExamples.length > 0) {
      warnings.push({ type: 'unsupported', feature: `inputExamples of tool ${tool.name}`, details: 'not sent (addToolInputExamplesMiddleware from ai puts them in the description)' });
    }
    if (tool.strict !== undefined) warnings.push({ type: 'unsupported', feature: `strict of tool ${tool.name}` });
    tools[tool.name] = {
      ...(tool.description !== undefined ? { description: tool.description } : {}),
      inputSchema: jsonSchema(tool.inputSchema as Record<string, unknown>),
    };
  }
  let toolChoice: ToolChoice | undefined = convertToolChoice(options.toolChoice);

  let systemText = system;
  let jsonTool: string | undefined;
  if (options.responseFormat?.type === 'json') {
    if (options.responseFormat.schema) {
      // Structured output as bedrock-kit's generateObject sends it: one forced tool whose input is the object.
      // A user tool may already be called `json`: the answer's tool takes the first free name.
      jsonTool = jsonToolName;
      for (let n = 1; jsonTool in tools; n++) jsonTool = `${jsonToolName}_${n}`;
      tools[jsonTool] = {
        description: options.responseFormat.description ?? `Respond with ${options.responseFormat.name ?? 'the answer'} as this tool's input.`,
        inputSchema: jsonSchema(options.responseFormat.schema as Record<string, unknown>),
      };
      toolChoice = Object.keys(tools).length === 1 ? { tool: jsonTool } : 'required';
    } else {
      warnings.push({ type: 'compatibility', feature: 'responseFormat json without a schema', details: 'asked for in the system prompt' });
      systemText = systemText ? `${systemText}\n\n${jsonInstruction}` : jsonInstruction;
    }
  }

  const providerOptions = readBedrockKitOptions(options.providerOptions);
  const request: GenerateTextRequest = {
    model: modelId,
    messages,
    ...(systemText !== undefined ? { system: systemText } : {}),
    ...(Object.keys(tools).length > 0 ? { tools } : {}),
    ...(toolChoice !== undefined && Object.keys(tools).length > 0 ? { toolChoice } : {}),
    ...(options.maxOutputTokens !== undefined ? { maxTokens: options.maxOutputTokens } : {}),
    ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    ...(options.topP !== undefined ? { topP: options.topP } : {}),
    ...(options.stopSequences !== undefined && options.stopSequences.length > 0 ? { stopSequences: options.stopSequences } : {}),
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    ...(providerOptions ? { providerOptions: providerOptions as GenerateTextRequest['providerOptions'] } : {}),
  };
  return { request, warnings, documents, ...(jsonTool ? { jsonToolName: jsonTool } : {}) };
}

function convertToolChoice(choice: LanguageModelV4CallOptions['toolChoice']): ToolChoice | undefined {
  if (choice === undefined) return undefined;
  switch (choice.type) {
    case 'tool':
      return { tool: choice.toolName };
    default:
      return choice.type;
  }
}
