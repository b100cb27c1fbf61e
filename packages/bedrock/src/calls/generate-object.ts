import { ObjectValidationError, prepareSchema, type GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockClient } from '../client/bedrock-client';
import { generateText } from './generate-text';
import type { GenerateObjectRequest } from '../request/generate-text-request';

/** The result of `generateObject`: the validated object plus everything `generateText` returns. */
export type GenerateObjectResult<T> = GenerateTextResult & { object: T };

/**
 * The same as `bedrock.generateObject`: the schema is sent as one forced tool over
 * Converse; its input is the object. A model without tool use is refused
 * before sending (`InputError`); output that fails validation is an
 * `ObjectValidationError` carrying the raw output.
 *
 * @example
 * const client = createBedrockClient({ families: [anthropic] });
 * const { object } = await generateObject(client, { model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'A city', schema });
 */
export async function generateObject<T>(client: BedrockClient, request: GenerateObjectRequest<T>): Promise<GenerateObjectResult<T>> {
  const { schema, schemaName = 'json', schemaDescription, ...rest } = request;
  const prepared = prepareSchema(schema, 'generateObject schema');
  const result = await generateText(client, {
    ...rest,
    tools: {
      [schemaName]: {
        description: schemaDescription ?? 'Respond with an object that matches this schema.',
        // Already Bedrock-ready: preparing the tools takes a schema prepareSchema built as is, without converting it again.
        inputSchema: prepared.jsonSchema,
      },
    },
    toolChoice: { tool: schemaName },
    maxSteps: 1,
    providerOptions: { ...rest.providerOptions, useConverse: true },
  });
  const call = result.toolCalls.find((c) => c.name === schemaName);
  if (!call) {
    throw new ObjectValidationError({
      message: `The model answered without calling the "${schemaName}" tool, so there is no object; its text is in raw.`,
      raw: result.text,
      issues: [],
    });
  }
  const checked = prepared.validate ? await prepared.validate(call.input) : { success: true as const, value: call.input as T };
  if (!checked.success) {
    throw new ObjectValidationError({ message: "The model's object does not match the schema; see issues and raw.", raw: call.input, issues: checked.issues });
  }
  return { ...result, object: checked.value };
}
