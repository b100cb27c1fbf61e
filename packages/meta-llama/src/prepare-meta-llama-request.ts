import { createNativeInputError, InputError, omitUndefined, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { convertToLlamaPrompt } from './convert-to-llama-prompt';
import type { MetaLlamaRequestBody } from './meta-llama-request-body';
import { readLlamaMessageText } from './read-llama-message-text';
import { selectLlamaTemplate } from './select-llama-template';

/**
 * Builds the native Llama body `{ prompt, max_gen_len, temperature, top_p }`
 * plus `additionalModelRequestFields` (merged verbatim, last). The prompt is the
 * conversation in the model's chat template, or — with
 * `providerOptions.metaLlamaRawPrompt: true` — the single user text as given.
 *
 * The body has no stop-sequence parameter, so `stopSequences` are applied to
 * the answer client-side (see `parseMetaLlamaResponse`) and a warning says so.
 * Throws `InputError` for tools and for parts the native body can't carry. (The
 * facade has already refused tools on Llama 3.x models, which have no tool
 * calling, and a `toolChoice` that needs tools when there are none.)
 */
export function prepareMetaLlamaRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const label = model.modelId;
  if (request.tools !== undefined && request.tools.length > 0) {
    throw createNativeInputError('meta-llama', `can't carry tools; drop providerOptions.useConverse: false to use Converse (${label}).`);
  }
  const template = model.baseModelId === undefined ? 'llama3' : selectLlamaTemplate(model.baseModelId);
  const prompt =
    request.providerOptions.metaLlamaRawPrompt === true
      ? rawPrompt(request, label)
      : convertToLlamaPrompt({ system: request.system, messages: request.messages, template });

  const body: MetaLlamaRequestBody = omitUndefined({ prompt, max_gen_len: request.maxTokens, temperature: request.temperature, top_p: request.topP });
  Object.assign(body, request.additionalModelRequestFields);

  if (!request.stopSequences?.some((stop) => stop !== '')) return { body };
  const warning =
    'meta-llama native InvokeModel has no stop-sequence parameter: the answer is cut client-side (tokens past the stop may be billed). Use useConverse: true for server-side stops.';
  return { body, warnings: [warning] };
}

/** `metaLlamaRawPrompt`: the caller formatted the prompt; send exactly one user text, untouched. */
function rawPrompt({ messages, system }: ModelRequest, label: string): string {
  const [only] = messages;
  if (messages.length !== 1 || only?.role !== 'user' || system !== undefined) {
    throw new InputError({
      message: `${label}: metaLlamaRawPrompt takes one pre-formatted user text and no system prompt; pass only that, or drop metaLlamaRawPrompt.`,
    });
  }
  return readLlamaMessageText(only, 0);
}
