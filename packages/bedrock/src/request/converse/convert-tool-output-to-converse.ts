import type { ConverseContentBlock } from '@bedrock-kit/core';

/**
 * A tool's output as `ToolResultBlock.content`: objects and arrays as `json`,
 * non-empty strings as `text`, numbers and booleans as their JSON text.
 * Converse rejects an empty text block, and an error result with no content
 * (https://github.com/NousResearch/hermes-agent/issues/55092,
 * https://github.com/aws-samples/sample-multi-agent-orchestration-chat-on-agentcore/issues/15),
 * so "no output" (`undefined`, `null`, `''`) is sent as an empty JSON object.
 */
export function convertToolOutputToConverse(output: unknown): ConverseContentBlock[] {
  if (output === undefined || output === null || output === '') return [{ json: {} }];
  if (typeof output === 'object') return [{ json: output }];
  return [{ text: typeof output === 'string' ? output : (JSON.stringify(output) ?? String(output)) }];
}
