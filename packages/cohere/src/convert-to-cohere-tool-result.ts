import { InputError, type Message, type ToolCallPart, type ToolResultPart } from '@bedrock-kit/core';

/** A tool call as Command R's native body names it (no ID: Cohere matches by name and parameters). */
export interface CohereToolCall {
  name: string;
  parameters: Record<string, unknown>;
}

/** One entry of Command R's `tool_results`. */
export interface CohereToolResult {
  call: CohereToolCall;
  outputs: Record<string, unknown>[];
}

/**
 * A tool-result part → `{ call, outputs }`. Cohere identifies the call by its
 * name and parameters, so the parameters come from the matching tool-call
 * part in the history (searched from the newest assistant turn back, because
 * the IDs this package generates, `cohere-tool-N`, restart at every answer).
 */
export function convertToCohereToolResult(part: ToolResultPart, history: readonly Message[]): CohereToolResult {
  const call = findToolCall(part.id, history);
  return {
    call: { name: call?.name ?? part.name, parameters: asParameters(call?.input, call?.name ?? part.name) },
    outputs: convertOutputs(part),
  };
}

/** Cohere wants a list of JSON objects per call. */
function convertOutputs(part: ToolResultPart): Record<string, unknown>[] {
  const { output } = part;
  if (part.isError) return [{ error: typeof output === 'string' ? output : JSON.stringify(output) }];
  if (isPlainObject(output)) return [output];
  if (Array.isArray(output) && output.length > 0 && output.every(isPlainObject)) return output;
  return [{ text: typeof output === 'string' ? output : JSON.stringify(output) }];
}

function findToolCall(id: string, history: readonly Message[]): ToolCallPart | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i]!;
    if (message.role !== 'assistant' || typeof message.content === 'string') continue;
    const found = message.content.find((p): p is ToolCallPart => p.type === 'tool-call' && p.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Tool-call input as Cohere parameters, which must be a JSON object. */
export function asParameters(input: unknown, toolName = 'unknown'): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (isPlainObject(input)) return input;
  throw new InputError({
    message:
      `Cohere native InvokeModel can't carry the input of tool call "${toolName}": Cohere tool-call parameters ` +
      `must be a JSON object, got ${Array.isArray(input) ? 'an array' : typeof input}. Fix the tool-call part, or use Converse.`,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
