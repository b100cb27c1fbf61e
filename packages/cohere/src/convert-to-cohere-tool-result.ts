import type { ToolResultPart } from '@bedrock-kit/core';
import { createCohereNativeError, useConverse } from './create-cohere-native-error';

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
 * A tool-result part → `{ call, outputs }`, with the call it answers from
 * `callsById` (the name alone when the call is not in the conversation).
 */
export function convertToCohereToolResult(part: ToolResultPart, callsById: ReadonlyMap<string, CohereToolCall>): CohereToolResult {
  return { call: callsById.get(part.id) ?? { name: part.name, parameters: {} }, outputs: convertOutputs(part) };
}

/** Cohere wants a list of JSON objects per call. */
function convertOutputs({ output, isError }: ToolResultPart): Record<string, unknown>[] {
  const text = () => (typeof output === 'string' ? output : JSON.stringify(output));
  if (isError) return [{ error: text() }];
  if (isPlainObject(output)) return [output];
  if (Array.isArray(output) && output.length > 0 && output.every(isPlainObject)) return output;
  return [{ text: text() }];
}

/** Tool-call input as Cohere parameters, which must be a JSON object. */
export function asParameters(input: unknown, toolName: string): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (isPlainObject(input)) return input;
  throw createCohereNativeError(`can't carry the input of tool call "${toolName}": it must be a JSON object`, `Fix the tool call, or ${useConverse}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
