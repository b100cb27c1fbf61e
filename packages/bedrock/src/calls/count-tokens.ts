import { convertBytesToBase64, ServiceError } from '@bedrock-kit/core';
import type { BedrockClient } from '../client/bedrock-client';
import { readClientState } from '../client/read-client-state';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { prepareCall, readyCall, type PreparedCall } from '../request/prepare-call';
import { explainRefusal } from '../request/refusal/refuse-request';
import { platformSettingKeys } from '../request/platform/platform-option-keys';
import { throwInputError } from '../request/throw-input-error';
import { createCallContext, startDeadline, waitBeforePreparing } from '../transport/create-call-context';
import { runJsonCall } from '../transport/run-json-call';
import { runJsonCallTraced } from './run-json-call-traced';
import { runWithinDeadline } from '../transport/run-within-deadline';

/** What `countTokens` answers (service model `CountTokensResponse`). */
export interface CountTokensResult {
  /** The input tokens the same request would be charged for. */
  inputTokens: number;
  requestId?: string;
}

/**
 * The input tokens a request would use, without running the model (CountTokens, `POST
 * /model/{id}/count-tokens`; no charge). Takes the same request as `generateText` and counts it
 * in the form the call would send: `input.converse` (messages, system, tool config, additional
 * fields) on the Converse route, `input.invokeModel.body` on the native route. Sent with the
 * foundation-model ID (a `us.` / `global.` profile prefix removed; `providerOptions.baseModel` for
 * an application inference profile ARN). A model whose row lacks token counting is an `InputError`.
 *
 * @example
 * const { inputTokens } = await countTokens(client, { model: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', prompt: 'Hello' });
 */
export async function countTokens(client: BedrockClient, request: GenerateTextRequest): Promise<CountTokensResult> {
  const instance = readClientState(client);
  const preparing = prepareCall(instance, request, false);
  const deadline = startDeadline(instance);
  const prepared = preparing instanceof Promise ? await waitBeforePreparing(instance, request.abortSignal, deadline, preparing) : preparing;
  const { target, modelRequest, route } = prepared;
  // The platform settings describe a model call: a token count has no field for them (service model `CountTokensInput`).
  const field = platformSettingKeys.find((key) => modelRequest.providerOptions[key] !== undefined);
  if (field) throwInputError(`providerOptions.${field}: countTokens has no field for it (CountTokens counts the input only); drop it for the count.`);
  const modelId = readCountedModelId(prepared);
  const context = createCallContext(instance, prepared, request.abortSignal, deadline);
  // Only the body is built: the step given has no `stream`, so no answer decoder is loaded.
  const wait = <T>(load: () => Promise<T>) => runWithinDeadline(context, load);
  const { codec } = await readyCall(prepared, wait, { messages: modelRequest.messages });
  let body: Record<string, unknown>;
  try {
    body = codec.prepareRequest(modelRequest, target.info).body as Record<string, unknown>;
  } catch (error) {
    // A refusal of the body (the Converse conversion) gets its text as a model step's does (decision 0026).
    return explainRefusal(error, wait);
  }
  const input =
    route === 'converse'
      ? { converse: { messages: body.messages, system: body.system, toolConfig: body.toolConfig, additionalModelRequestFields: body.additionalModelRequestFields } }
      : { invokeModel: { body: convertBytesToBase64(new TextEncoder().encode(JSON.stringify(body))) } };
  const url = `${prepared.endpoint}/model/${encodeURIComponent(modelId)}/count-tokens`;
  const run = async (): Promise<CountTokensResult> => {
    const { body: json, requestId } = await runJsonCall(context, url, JSON.stringify({ input }), { retries: 0, skewCorrected: false });
    const inputTokens = (json as { inputTokens?: unknown } | null)?.inputTokens;
    if (typeof inputTokens !== 'number') throw new ServiceError({ message: 'CountTokens answered without an inputTokens number.', retryable: false, requestId });
    return requestId === undefined ? { inputTokens } : { inputTokens, requestId };
  };
  return runJsonCallTraced(instance, context, 'count_tokens', target.parsed.modelId, run);
}

/** CountTokens counts for a foundation model, never a profile: the ID without its prefix, or `baseModel`'s. */
function readCountedModelId({ target }: PreparedCall): string {
  const { parsed, info } = target;
  const id = parsed.modelId;
  if (info && info.capabilities.countTokens !== true) {
    throwInputError(`${id}: Bedrock's CountTokens does not serve this model (its row has no token counting).`);
  }
  if (parsed.arn?.resourceType === 'prompt') throwInputError(`${id}: countTokens counts for a model; a prompt-management ARN has none to count for.`);
  if (!parsed.baseModelId) throwInputError(`${id}: countTokens needs the foundation model behind this ARN: set providerOptions.baseModel.`);
  return parsed.baseModelId;
}
