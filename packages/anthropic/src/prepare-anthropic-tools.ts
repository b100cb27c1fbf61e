import { omitUndefined, type ModelTool, type ToolChoice } from '@bedrock-kit/core';
import type { AnthropicTool } from './anthropic-messages-types';

/** The `tools` and `tool_choice` fields of the native body. */
export interface AnthropicToolFields {
  tools?: AnthropicTool[];
  tool_choice?: Record<string, unknown>;
}

/** `tool_choice.type` for each named choice; `{ tool }` becomes `{ type: 'tool', name }`. */
const toolChoiceTypes = { auto: 'auto', required: 'any', none: 'none' };

/**
 * Tools → `{ name, input_schema, description }`; the choice → `auto` / `any` / `tool` / `none`
 * (https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#forcing-tool-use).
 * Without tools no `tool_choice` is sent: the API rejects one that has nothing to choose from.
 * The facade has already checked that a forced choice has tools and names one of them.
 */
export function prepareAnthropicTools(tools: ModelTool[] | undefined, toolChoice: ToolChoice | undefined): AnthropicToolFields {
  if (!tools) return {};
  return omitUndefined({
    tools: tools.map((tool) => omitUndefined({ name: tool.name, input_schema: tool.inputSchema, description: tool.description, strict: tool.strict })),
    tool_choice:
      toolChoice === undefined
        ? undefined
        : typeof toolChoice === 'object'
          ? { type: 'tool', name: toolChoice.tool }
          : { type: toolChoiceTypes[toolChoice] },
  });
}
