import type { ToolCallPart } from '@bedrock-kit/core';

/**
 * Cohere native `tool_calls` (`[{ name, parameters }]`, no IDs) → tool-call
 * parts with deterministic IDs `cohere-tool-<n>`, counted from `firstIndex`
 * within one answer. The IDs are only for pairing results in the next turn;
 * Cohere itself matches results by name and parameters.
 */
export function convertCohereToolCalls(toolCalls: unknown, firstIndex = 0): ToolCallPart[] {
  if (!Array.isArray(toolCalls)) return [];
  return toolCalls
    .filter((call): call is { name: string; parameters?: unknown } => typeof call?.name === 'string')
    .map((call, i) => ({ type: 'tool-call', id: `cohere-tool-${firstIndex + i}`, name: call.name, input: call.parameters ?? {} }));
}
