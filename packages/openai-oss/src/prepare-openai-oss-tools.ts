import { omitUndefined, type ModelTool, type ToolChoice } from '@bedrock-kit/core';
import type { OpenaiOssChatTool, OpenaiOssChatToolChoice } from './openai-oss-chat-types';

/**
 * `tools` and `tool_choice` of the chat-completions body; empty when the request has no tools.
 * The facade has already checked `toolChoice` against `tools`; without tools only 'auto' or
 * 'none' can arrive, which mean the same as no `tool_choice` at all.
 */
export function prepareOpenaiOssTools(
  tools: ModelTool[] | undefined,
  toolChoice: ToolChoice | undefined,
): { tools?: OpenaiOssChatTool[]; tool_choice?: OpenaiOssChatToolChoice } {
  if (tools === undefined || tools.length === 0) return {};
  return omitUndefined({
    tools: tools.map(({ name, description, inputSchema }): OpenaiOssChatTool => ({
      type: 'function',
      function: omitUndefined({ name, description, parameters: inputSchema }) as OpenaiOssChatTool['function'],
    })),
    tool_choice: typeof toolChoice === 'object' ? { type: 'function', function: { name: toolChoice.tool } } : toolChoice,
  });
}
