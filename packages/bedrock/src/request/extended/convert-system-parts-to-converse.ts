import { omitUndefined, type ConverseContentBlock, type ConverseRequestBody, type ModelRequest } from '@bedrock-kit/core';
import { convertGuardedText } from './convert-extended-part-to-converse';

/** `system` given as parts: text (or `guardContent`) and `cachePoint` blocks (service model `SystemContentBlock`). */
export function convertSystemPartsToConverse(request: ModelRequest): ConverseContentBlock[] {
  return request.systemParts!.map((part) => {
    if (part.type === 'cache-point') return { cachePoint: omitUndefined({ type: 'default', ttl: part.ttl }) };
    if (part.guard === undefined) return { text: part.text };
    return { guardContent: { text: convertGuardedText(part.text, part.guard) } };
  });
}

/** Structured output: `outputConfig.textFormat`, the schema as a JSON string (service model `JsonSchemaDefinition.schema`). */
export function prepareConverseOutputConfig({ responseFormat }: ModelRequest): ConverseRequestBody['outputConfig'] {
  if (!responseFormat) return undefined;
  const { schema, name, description } = responseFormat;
  return { textFormat: { type: 'json_schema', structure: { jsonSchema: omitUndefined({ schema: JSON.stringify(schema), name, description }) } } };
}
