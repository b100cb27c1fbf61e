import { createNativeInputError, type ModelInfo, type ModelRequest, type ReasoningEffort } from '@bedrock-kit/core';

/** `output_config` of the native Claude body: the reasoning effort and the structured-output format. */
export interface AnthropicOutputConfig {
  effort?: ReasoningEffort;
  /** Structured output: the answer text is JSON that fits `schema` (an object, not a string as on Converse). */
  format?: { type: 'json_schema'; schema: Record<string, unknown> };
}

/**
 * The native body's `output_config`, or `undefined` when nothing goes in it: `effort` from `reasoning`,
 * and `format: { type: 'json_schema', schema }` from `ModelRequest.responseFormat` (`generateObject`
 * `mode: 'json'`). AWS: "For InvokeModel API with Anthropic Claude models, use the `output_config.format`
 * request field" (https://docs.aws.amazon.com/bedrock/latest/userguide/structured-output.html; models:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-structured-outputs.html); the
 * field's shape is Anthropic's (https://platform.claude.com/docs/en/build-with-claude/structured-outputs).
 * The format takes the schema only: a `description` can't be sent and becomes a warning, the name is a
 * label nothing reads. Refused before sending: a model whose row lacks native structured output, and
 * `additionalModelRequestFields.output_config`, which is merged last and would replace the format.
 */
export function prepareAnthropicOutputConfig(
  request: ModelRequest,
  model: ModelInfo,
  effort: ReasoningEffort | undefined,
): { outputConfig?: AnthropicOutputConfig; warnings: string[] } {
  const { responseFormat } = request;
  if (!responseFormat) return { outputConfig: effort && { effort }, warnings: [] };
  if (!model.capabilities.nativeStructuredOutput) {
    throw createNativeInputError('anthropic', `has no structured output for ${model.baseModelId ?? model.modelId}; use generateObject mode: 'tool'.`);
  }
  if (request.additionalModelRequestFields?.output_config !== undefined) {
    throw createNativeInputError('anthropic', 'structured output: additionalModelRequestFields.output_config would replace output_config.format; set the effort with reasoning.');
  }
  const format = { type: 'json_schema' as const, schema: responseFormat.schema };
  return {
    outputConfig: effort ? { effort, format } : { format },
    warnings: responseFormat.description === undefined ? [] : ['schemaDescription not sent: the native output_config.format takes the schema only.'],
  };
}
