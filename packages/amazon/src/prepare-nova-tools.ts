import type { ModelTool, ToolChoice } from '@bedrock-kit/core';
import { omitUndefined } from '@bedrock-kit/core';
import type { NovaRequestBody } from './nova-types';

/**
 * `toolConfig` of the native body: Nova's body carries tools as Converse does (`toolSpec`,
 * `toolChoice` `auto` / `any` / `tool`). Nova has no "none" choice: with `'none'` the tools are
 * left out, unless the history holds tool blocks (Nova then needs them), which is said in a warning.
 * The facade has already checked names, schemas and that a forced tool exists.
 */
export function prepareNovaTools(
  tools: ModelTool[] | undefined,
  toolChoice: ToolChoice | undefined,
  historyHasToolBlocks: boolean,
): { toolConfig?: NovaRequestBody['toolConfig']; warnings: string[] } {
  if (!tools || tools.length === 0 || (toolChoice === 'none' && !historyHasToolBlocks)) return { warnings: [] };
  const choice =
    toolChoice === 'auto' ? { auto: {} } : toolChoice === 'required' ? { any: {} } : typeof toolChoice === 'object' ? { tool: { name: toolChoice.tool } } : undefined;
  return {
    toolConfig: omitUndefined({
      tools: tools.map(({ name, description, inputSchema }) => ({
        toolSpec: omitUndefined({ name, description: description || undefined, inputSchema: { json: inputSchema } }),
      })),
      toolChoice: choice,
    }),
    warnings:
      toolChoice === 'none'
        ? ["amazon native InvokeModel: toolChoice 'none' was not sent (Nova needs the tools while messages hold tool calls)."]
        : [],
  };
}
