import { InputError, type ModelTool, type ToolChoice } from '@bedrock-kit/core';
import type { AnthropicTool } from './anthropic-messages-types';

/** The `tools` and `tool_choice` fields of the native body. */
export interface AnthropicToolFields {
  tools?: AnthropicTool[];
  tool_choice?: Record<string, unknown>;
}

/**
 * Tools → `{ name, description, input_schema }`; the choice → `auto` / `any` / `tool` / `none`
 * (https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#forcing-tool-use).
 * Without tools no `tool_choice` is sent: the API rejects one that has nothing to choose from.
 */
export function prepareAnthropicTools(tools: ModelTool[] | undefined, toolChoice: ToolChoice | undefined): AnthropicToolFields {
  if (!tools || tools.length === 0) {
    if (toolChoice === 'required' || typeof toolChoice === 'object') {
      throw new InputError({
        message: `toolChoice ${JSON.stringify(toolChoice)} needs tools, but the request has none. Add tools or drop toolChoice.`,
      });
    }
    return {};
  }
  const fields: AnthropicToolFields = {
    tools: tools.map((tool) => {
      const converted: AnthropicTool = { name: tool.name, input_schema: tool.inputSchema };
      if (tool.description !== undefined) converted.description = tool.description;
      return converted;
    }),
  };
  if (toolChoice === undefined) return fields;
  if (toolChoice === 'auto') fields.tool_choice = { type: 'auto' };
  else if (toolChoice === 'required') fields.tool_choice = { type: 'any' };
  else if (toolChoice === 'none') fields.tool_choice = { type: 'none' };
  else {
    if (!tools.some((tool) => tool.name === toolChoice.tool)) {
      throw new InputError({
        message: `toolChoice names tool "${toolChoice.tool}", which is not among the request's tools (${tools.map((t) => t.name).join(', ')}).`,
      });
    }
    fields.tool_choice = { type: 'tool', name: toolChoice.tool };
  }
  return fields;
}
