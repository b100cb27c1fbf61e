import { InputError, type ConverseRequestBody, type ModelTool, type ToolChoice } from '@bedrock-kit/core';

/** The `toolConfig` to send (if any) and what the caller should be told about it. */
export interface PreparedConverseToolConfig {
  toolConfig?: ConverseRequestBody['toolConfig'];
  warnings: string[];
}

/**
 * Tools and tool choice as Converse `ToolConfiguration`. Converse has no
 * "none" choice, so `'none'` is expressed by sending no tools; but Converse
 * rejects `toolUse` / `toolResult` blocks without a `toolConfig`
 * ("The toolConfig field must be defined when using toolUse and toolResult
 * content blocks", https://github.com/elastic/kibana/pull/277821), so when
 * the history holds tool blocks the tools stay and a warning says so.
 */
export function prepareConverseToolConfig(
  tools: ModelTool[] | undefined,
  toolChoice: ToolChoice | undefined,
  historyHasToolBlocks: boolean,
): PreparedConverseToolConfig {
  const list = tools ?? [];
  const forced = typeof toolChoice === 'object';
  if (list.length === 0) {
    if (toolChoice === 'required' || forced) {
      throw new InputError({ message: `toolChoice ${JSON.stringify(toolChoice)} needs tools. Pass \`tools\` or drop \`toolChoice\`.` });
    }
    if (historyHasToolBlocks) {
      throw new InputError({
        message: 'The messages hold tool calls but the request has no tools, which Converse then requires. Pass the same `tools` as before.',
      });
    }
    return { warnings: [] };
  }
  if (forced && !list.some((tool) => tool.name === toolChoice.tool)) {
    throw new InputError({
      message: `toolChoice names ${JSON.stringify(toolChoice.tool)}, which is not in \`tools\` (${list.map((tool) => tool.name).join(', ')}). Name one of them.`,
    });
  }
  if (toolChoice === 'none' && !historyHasToolBlocks) return { warnings: [] };
  const choice = toolChoice === 'auto' ? { auto: {} } : toolChoice === 'required' ? { any: {} } : forced ? { tool: { name: toolChoice.tool } } : undefined;
  return {
    toolConfig: {
      tools: list.map(({ name, description, inputSchema }) => ({
        // `description` is a NonEmptyString in the service model.
        toolSpec: { name, ...(description ? { description } : {}), inputSchema: { json: inputSchema } },
      })),
      ...(choice && { toolChoice: choice }),
    },
    warnings:
      toolChoice === 'none'
        ? ["toolChoice 'none' was not sent: Converse needs the tools while the messages hold tool calls, so the model may still call one."]
        : [],
  };
}
