import { ObjectValidationError, type GenerateTextResult, type PreparedSchema } from '@bedrock-kit/core';
import type { BedrockClient } from '../client/bedrock-client';
import { readClientState } from '../client/read-client-state';
import type { GenerateObjectRequest, ObjectTextRequest } from '../request/generate-text-request';
import { resolveModelTarget } from '../request/resolve-model-target';
import { checkObjectRequest } from './check-object-request';

/** An object call as a text call, and what reading its object needs. */
export interface ObjectCall<T> {
  mode: 'json' | 'tool';
  textRequest: ObjectTextRequest;
  schemaName: string;
  prepared: PreparedSchema<T>;
}

/**
 * Turns a `generateObject` / `streamObject` request into the text call that carries it (API.md
 * "generateObject"): `'json'` sends the schema as structured output (`outputConfig.textFormat`) and
 * reads the object from the text; `'tool'` forces one tool whose input is the object; `'auto'` is
 * `'json'` where the model's row has structured output or `reasoning` asks for thinking (a forced
 * tool is refused with thinking), else `'tool'`. Both go over Converse unless `useConverse: false` sends
 * json natively (rows with `nativeStructuredOutput`, decision 0021). `mode: 'json'` on a model
 * whose row lacks structured output is an `InputError` (the capability check names it). `prepared`:
 * the schema `checkObjectRequest` prepared, when the request was checked already.
 */
export function prepareObjectCall<T>(client: BedrockClient, request: GenerateObjectRequest<T>, prepared = checkObjectRequest(request)): ObjectCall<T> {
  const { schema: _schema, schemaName = 'json', schemaDescription, mode = 'auto', ...rest } = request;
  const reasons = rest.reasoning !== undefined && rest.reasoning !== 'none';
  const chosen = mode !== 'auto' ? mode : reasons || readRow(client, rest.model)?.structuredOutput ? 'json' : 'tool';
  const providerOptions = { ...rest.providerOptions, useConverse: rest.providerOptions?.useConverse ?? true };
  if (chosen === 'json') {
    const responseFormat = { type: 'json' as const, schema: prepared.jsonSchema, name: schemaName, description: schemaDescription };
    return { mode: chosen, schemaName, prepared, textRequest: { ...rest, maxSteps: 1, providerOptions, responseFormat } };
  }
  const textRequest: ObjectTextRequest = {
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
  };
  return { mode: chosen, schemaName, prepared, textRequest };
}

/** The object of a finished object call, validated: an `ObjectValidationError` with `raw` when there is none or it does not fit. */
export async function readObject<T>(call: ObjectCall<T>, result: GenerateTextResult): Promise<T> {
  let value: unknown;
  if (call.mode === 'json') {
    try {
      value = JSON.parse(stripCodeFence(result.text));
    } catch {
      throw new ObjectValidationError({ message: 'The model answered with text that is not JSON, so there is no object; its text is in raw.', raw: result.text, issues: [] });
    }
  } else {
    const toolCall = result.toolCalls.find((c) => c.name === call.schemaName);
    if (!toolCall) {
      throw new ObjectValidationError({
        message: `The model answered without calling the "${call.schemaName}" tool, so there is no object; its text is in raw.`,
        raw: result.text,
        issues: [],
      });
    }
    value = toolCall.input;
  }
  const checked = call.prepared.validate ? await call.prepared.validate(value) : { success: true as const, value: value as T };
  if (!checked.success) {
    throw new ObjectValidationError({ message: "The model's object does not match the schema; see issues and raw.", raw: value, issues: checked.issues });
  }
  return checked.value;
}

/** Some models wrap JSON in a Markdown code fence even when asked for JSON; the fence is not part of the object. */
export function stripCodeFence(text: string): string {
  const match = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?\s*```\s*$/.exec(text);
  return match ? match[1]! : text;
}

function readRow(client: BedrockClient, model: string) {
  if (typeof model !== 'string') return undefined;
  try {
    return resolveModelTarget(readClientState(client).families, model).info?.capabilities;
  } catch {
    return undefined; // the text call reports a bad model ID with its own message
  }
}
