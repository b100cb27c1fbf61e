import { InputError, type ModelTool, type ToolChoice } from '@bedrock-kit/core';
import type { OpenaiOssChatTool, OpenaiOssChatToolChoice } from './openai-oss-chat-types';

/** `tools` and `tool_choice` of the chat-completions body; empty when the request has no tools. */
export function prepareOpenaiOssTools(
  tools: ModelTool[] | undefined,
  toolChoice: ToolChoice | undefined,
): { tools?: OpenaiOssChatTool[]; tool_choice?: OpenaiOssChatToolChoice } {
  if (tools === undefined || tools.length === 0) {
    if (toolChoice === 'required' || typeof toolChoice === 'object') {
      throw new InputError({
        message: `openai-oss native InvokeModel: toolChoice ${JSON.stringify(toolChoice)} needs tools, but the request has none. Add the tools or drop toolChoice.`,
      });
    }
    // 'auto' and 'none' without tools mean the same as no tool_choice at all.
    return {};
  }
  const prepared = tools.map(
    (tool): OpenaiOssChatTool => ({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description !== undefined ? { description: tool.description } : {}),
        parameters: tool.inputSchema,
      },
    }),
  );
  if (toolChoice === undefined) return { tools: prepared };
  if (typeof toolChoice === 'object') {
    if (!tools.some((tool) => tool.name === toolChoice.tool)) {
      throw new InputError({
        message: `openai-oss native InvokeModel: toolChoice names the tool "${toolChoice.tool}", which is not in tools. Use one of: ${tools.map((t) => t.name).join(', ')}.`,
      });
    }
    return { tools: prepared, tool_choice: { type: 'function', function: { name: toolChoice.tool } } };
  }
  return { tools: prepared, tool_choice: toolChoice };
}
