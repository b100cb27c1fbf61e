import { InputError, type ModelInfo, type ModelRequest, type NativeRequest } from '@bedrock-kit/core';
import { convertToLlamaPrompt } from './convert-to-llama-prompt';
import { findMetaLlamaModel } from './find-meta-llama-model';
import type { MetaLlamaRequestBody } from './meta-llama-request-body';

/**
 * Builds the native Llama body `{ prompt, max_gen_len, temperature, top_p }`
 * plus `additionalModelRequestFields` (merged verbatim, last). The prompt is the
 * conversation in the model's chat template, or — with
 * `providerOptions.metaLlamaRawPrompt: true` — the single user text as given.
 *
 * The body has no stop-sequence parameter, so `stopSequences` are applied to
 * the answer client-side (see `parseMetaLlamaResponse`) and a warning says so.
 * Throws `InputError` for tools and for parts the native body can't carry.
 */
export function prepareMetaLlamaRequest(request: ModelRequest, model: ModelInfo): NativeRequest {
  const label = model.modelId;
  if (request.tools !== undefined && request.tools.length > 0) {
    throw new InputError({
      message: model.capabilities.tools
        ? `${label}: meta-llama native InvokeModel can't carry tools; tool calling for this model works through Converse — drop providerOptions.useConverse: false.`
        : `${label}: this Llama model has no tool calling on Bedrock; remove the tools.`,
    });
  }
  if (request.toolChoice === 'required' || typeof request.toolChoice === 'object') {
    throw new InputError({ message: `${label}: meta-llama native InvokeModel has no tools, so toolChoice ${JSON.stringify(request.toolChoice)} can't be honoured; remove it.` });
  }
  const template = (model.baseModelId !== undefined ? findMetaLlamaModel(model.baseModelId)?.template : undefined) ?? 'llama3';
  const prompt =
    request.providerOptions.metaLlamaRawPrompt === true
      ? rawPrompt(request, label)
      : convertToLlamaPrompt({ ...(request.system !== undefined ? { system: request.system } : {}), messages: request.messages, template });

  const body: MetaLlamaRequestBody = { prompt };
  if (request.maxTokens !== undefined) body.max_gen_len = request.maxTokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.top_p = request.topP;
  Object.assign(body, request.additionalModelRequestFields);

  const warnings: string[] = [];
  if (request.stopSequences !== undefined && request.stopSequences.some((stop) => stop !== '')) {
    warnings.push(
      'meta-llama native InvokeModel has no stop-sequence parameter: the answer is cut client-side, so tokens past the stop may be ' +
        'generated and billed. Use providerOptions.useConverse: true for server-side stop sequences.',
    );
  }
  return warnings.length > 0 ? { body, warnings } : { body };
}

/** `metaLlamaRawPrompt`: the caller formatted the prompt; send exactly one user text, untouched. */
function rawPrompt(request: ModelRequest, label: string): string {
  const [only, ...rest] = request.messages;
  const parts = only === undefined ? [] : typeof only.content === 'string' ? [{ type: 'text' as const, text: only.content }] : only.content;
  const textOnly = parts.every((part) => part.type === 'text');
  if (only === undefined || rest.length > 0 || only.role !== 'user' || !textOnly || request.system !== undefined) {
    throw new InputError({
      message: `${label}: providerOptions.metaLlamaRawPrompt sends one pre-formatted user text; pass exactly that (no system, no other messages or parts), or drop metaLlamaRawPrompt to use the chat template.`,
    });
  }
  return parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}
