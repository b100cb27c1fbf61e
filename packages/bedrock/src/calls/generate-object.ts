import type { GenerateTextResult } from '@bedrock-kit/core';
import type { BedrockClient } from '../client/bedrock-client';
import { generateText } from './generate-text';
import type { GenerateObjectRequest } from '../request/generate-text-request';
import { prepareObjectCall, readObject } from './prepare-object-call';

/** The result of `generateObject`: the validated object plus everything `generateText` returns. */
export type GenerateObjectResult<T> = GenerateTextResult & { object: T };

/**
 * The same as `bedrock.generateObject`. `mode: 'json'` sends the schema as structured output
 * (`outputConfig.textFormat`) and parses the answer text; `mode: 'tool'` sends it as one forced
 * tool whose input is the object; `'auto'` (default) picks `'json'` where the model's row has
 * structured output or `reasoning` is set, else `'tool'`. A model without what the mode needs is
 * refused before sending (`InputError`); output that fails validation is an
 * `ObjectValidationError` carrying the raw output.
 *
 * @example
 * const client = createBedrockClient({ families: [anthropic] });
 * const { object } = await generateObject(client, { model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'A city', schema });
 */
export async function generateObject<T>(client: BedrockClient, request: GenerateObjectRequest<T>): Promise<GenerateObjectResult<T>> {
  const call = prepareObjectCall(client, request);
  const result = await generateText(client, call.textRequest);
  return { ...result, object: await readObject(call, result) };
}
