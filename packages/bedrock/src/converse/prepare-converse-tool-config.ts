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
  const warnings: string[] = [];
  const list = tools ?? [];
  if (list.length === 0) {
    if (toolChoice === 'required' || typeof toolChoice === 'object') {
      throw new InputError({
        message: `toolChoice ${JSON.stringify(toolChoice)} needs tools, but the request has none. Pass \`tools\` or drop \`toolChoice\`.`,
      });
    }
    if (historyHasToolBlocks) {
      throw new InputError({
        message:
          'The messages contain tool-call or tool-result parts but the request has no tools: Converse requires the tool definitions whenever the conversation holds tool blocks. Pass the same `tools` as in the earlier turns.',
      });
    }
    return { warnings };
  }
  if (toolChoice === 'none') {
    if (!historyHasToolBlocks) return { warnings };
    warnings.push(
      "toolChoice 'none' can't be expressed on Converse while the conversation holds tool calls or results (Converse then requires the tool definitions), so the tools were sent with no tool choice: the model may still call a tool.",
    );
  }
  if (typeof toolChoice === 'object' && !list.some((tool) => tool.name === toolChoice.tool)) {
    throw new InputError({
      message: `toolChoice names the tool ${JSON.stringify(toolChoice.tool)}, which is not in \`tools\` (${list.map((tool) => tool.name).join(', ')}). Name one of the tools.`,
    });
  }
  const choice = convertToolChoice(toolChoice);
  return {
    toolConfig: {
      tools: list.map((tool) => ({
        toolSpec: {
          name: tool.name,
          // `description` is a NonEmptyString in the service model.
          ...(tool.description ? { description: tool.description } : {}),
          inputSchema: { json: tool.inputSchema },
        },
      })),
      ...(choice !== undefined ? { toolChoice: choice } : {}),
    },
    warnings,
  };
}

function convertToolChoice(choice: ToolChoice | undefined): Record<string, unknown> | undefined {
  if (choice === 'auto') return { auto: {} };
  if (choice === 'required') return { any: {} };
  if (typeof choice === 'object') return { tool: { name: choice.tool } };
  return undefined;
}
