import { omitUndefined, type ConverseRequestBody, type ModelRequest } from '@bedrock-kit/core';

/** Structured output: `outputConfig.textFormat`, the schema as a JSON string (service model `JsonSchemaDefinition.schema`). */
export function prepareConverseOutputConfig({ schema, name, description }: NonNullable<ModelRequest['responseFormat']>): ConverseRequestBody['outputConfig'] {
  return { textFormat: { type: 'json_schema', structure: { jsonSchema: omitUndefined({ schema: JSON.stringify(schema), name, description }) } } };
}
