import { omitUndefined, type ConverseRequestBody, type ModelTool, type ToolChoice } from '@bedrock-kit/core';
import { refuseRequest } from '../refusal/refuse-request';

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
  tools: ModelTool[] = [],
  toolChoice: ToolChoice | undefined,
  historyHasToolBlocks: boolean,
): PreparedConverseToolConfig {
  const names = tools.map((tool) => tool.name);
  const forced = typeof toolChoice === 'object';
  if (forced ? !names.includes(toolChoice.tool) : toolChoice === 'required' && names.length === 0) {
    refuseRequest('toolChoiceMissing', toolChoice, forced, names);
  }
  if (names.length === 0 && historyHasToolBlocks) {
    refuseRequest('toolsMissing');
  }
  if (names.length === 0 || (toolChoice === 'none' && !historyHasToolBlocks)) return { warnings: [] };
  const choice = toolChoice === 'auto' ? { auto: {} } : toolChoice === 'required' ? { any: {} } : forced ? { tool: { name: toolChoice.tool } } : undefined;
  return {
    toolConfig: omitUndefined({
      tools: tools.map(({ name, description, inputSchema, strict }) => ({
        // `description` is a NonEmptyString in the service model.
        toolSpec: omitUndefined({ name, description: description || undefined, inputSchema: { json: inputSchema }, strict }),
      })),
      toolChoice: choice,
    }),
    warnings:
      toolChoice === 'none'
        ? ["toolChoice 'none' was not sent: Converse needs the tools while messages hold tool calls, so the model may still call one."]
        : [],
  };
}
