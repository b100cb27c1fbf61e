import { createSchemaValidator, type Tool, type ToolCall, type ToolResult } from '@bedrock-kit/core';
import { isJsonValue } from '../request/is-json-value';
import { throwInputError } from '../request/throw-input-error';

/**
 * Runs the tool calls of one step (in parallel). Returns `undefined` when any
 * called tool has no `execute`: then the calls go back to the caller and the
 * loop stops. A tool that throws, or input that fails the tool's schema,
 * becomes an `isError` result the model can react to. A tool with `toModelOutput`
 * sends the parts it returns as the result's `content` (the output is kept on the result).
 */
export async function executeToolCalls(
  toolCalls: ToolCall[],
  tools: Record<string, Tool> | undefined,
  abortSignal: AbortSignal,
): Promise<ToolResult[] | undefined> {
  if (toolCalls.length === 0 || !tools) return undefined;
  if (toolCalls.some((call) => typeof tools[call.name]?.execute !== 'function')) return undefined;
  return Promise.all(
    toolCalls.map(async (call): Promise<ToolResult> => {
      const tool = tools[call.name]!;
      let output: unknown;
      try {
        const validate = createSchemaValidator(tool.inputSchema);
        const checked = validate ? await validate(call.input) : { success: true as const, value: call.input };
        if (!checked.success) {
          return { ...call, output: { error: 'The input does not match the tool schema.', issues: checked.issues }, isError: true };
        }
        output = await tool.execute!(checked.value, { toolCallId: call.id, abortSignal });
      } catch (error) {
        return { ...call, output: { error: error instanceof Error ? error.message : String(error) }, isError: true };
      }
      // A bug in the tool, not something for the model: its output is sent as JSON.
      if (!isJsonValue(output)) throwInputError(`Tool "${call.name}" returned a value that is not JSON.`);
      // `toModelOutput` decides what the model is sent: parts, as the tool result's content.
      return tool.toModelOutput ? { ...call, output, content: tool.toModelOutput(output) } : { ...call, output };
    }),
  );
}
