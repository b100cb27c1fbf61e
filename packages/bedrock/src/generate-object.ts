import { jsonSchema, ObjectValidationError, prepareSchema, type GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockInstance } from './bedrock-instance';
import { generateText } from './generate-text';
import type { GenerateObjectRequest } from './generate-text-request';

/** The result of `generateObject`: the validated object plus everything `generateText` returns. */
export type GenerateObjectResult<T> = GenerateTextResult & { object: T };

/**
 * `bedrock.generateObject`: the schema is sent as one forced tool over
 * Converse; its input is the object. A model without tool use is refused
 * before sending (`InputError`); output that fails validation is an
 * `ObjectValidationError` carrying the raw output.
 */
export async function generateObject<T>(instance: BedrockInstance, request: GenerateObjectRequest<T>): Promise<GenerateObjectResult<T>> {
  const { schema, schemaName = 'json', schemaDescription, ...rest } = request;
  const prepared = prepareSchema(schema, 'generateObject schema');
  const result = await generateText(instance, {
    ...rest,
    tools: {
      [schemaName]: {
        description: schemaDescription ?? 'Respond with an object that matches this schema.',
        inputSchema: jsonSchema(prepared.jsonSchema),
      },
    },
    toolChoice: { tool: schemaName },
    maxSteps: 1,
    providerOptions: { ...rest.providerOptions, useConverse: true },
  });
  const call = result.toolCalls.find((c) => c.name === schemaName);
  if (!call) {
    throw new ObjectValidationError({
      message: `The model answered without calling the "${schemaName}" tool, so there is no object. Its text is in raw.`,
      raw: result.text,
      issues: [],
    });
  }
  if (!prepared.validate) return { ...result, object: call.input as T };
  const checked = await prepared.validate(call.input);
  if (!checked.success) {
    throw new ObjectValidationError({
      message: `The model's object does not match the schema (${checked.issues.length} issue${checked.issues.length === 1 ? '' : 's'}); see issues and raw.`,
      raw: call.input,
      issues: checked.issues,
    });
  }
  return { ...result, object: checked.value };
}
