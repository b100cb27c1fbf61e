import { convertDataContentToBase64, ServiceError, type ImagePart, type TextPart } from '@bedrock-kit/core';
import type { AuthSettings } from '@bedrock-kit/aws-auth';
import type { BedrockClient } from '../client/bedrock-client';
import { readClientState } from '../client/read-client-state';
import { authOptionKeys } from '../request/auth-option-keys';
import { prepareConnection } from '../request/prepare-call';
import { findNearestKey } from '../request/platform/find-nearest-key';
import { readPlatformOptions } from '../request/platform/read-platform-options';
import { throwInputError } from '../request/throw-input-error';
import { createCallContext } from '../transport/create-call-context';
import { runJsonCall } from '../transport/run-json-call';
import { runJsonCallTraced } from './run-json-call-traced';

/** The request of `applyGuardrail` (service model `ApplyGuardrailRequest`). */
export interface ApplyGuardrailRequest {
  /** The guardrail: ID or ARN, and a version number or `DRAFT`. */
  guardrail: { id: string; version: string };
  /** Whether `content` is a model's input (a user prompt) or its output. */
  source: 'input' | 'output';
  /** What to assess: text, and PNG or JPEG images. */
  content: (TextPart | ImagePart)[];
  /** `'full'`: the assessments of every policy, not only those that intervened. @default 'interventions' (the service's) */
  outputScope?: 'interventions' | 'full';
  abortSignal?: AbortSignal;
  /** Credentials and region for this call, as for the model calls. */
  providerOptions?: AuthSettings;
}

/** What the guardrail decided (service model `ApplyGuardrailResponse`, members as the service sends them, `null`s dropped). */
export interface ApplyGuardrailResult {
  /** `'intervened'` when a policy blocked or masked the content. */
  action: 'none' | 'intervened';
  actionReason?: string;
  /** The text to use in place of the content (the masked text, or the blocked message). */
  outputs: string[];
  /** One assessment per policy kind, as the service sends them. */
  assessments: Record<string, unknown>[];
  /** The service's `guardrailCoverage`. */
  coverage?: Record<string, unknown>;
  /** The policy units the assessment used. */
  usage: Record<string, unknown>;
  requestId?: string;
}

/**
 * Assesses content with a guardrail, without a model call (ApplyGuardrail, `POST
 * /guardrail/{id}/version/{version}/apply`), through the same signing, retries and timeouts as
 * the model calls. Bad input (no guardrail ID, an empty content list, an image that is not PNG or
 * JPEG) is an `InputError` before anything is sent.
 *
 * @example
 * const { action, outputs } = await applyGuardrail(client, { guardrail: { id: 'gr1abc', version: '1' }, source: 'input', content: [{ type: 'text', text: question }] });
 */
export async function applyGuardrail(client: BedrockClient, request: ApplyGuardrailRequest): Promise<ApplyGuardrailResult> {
  const instance = readClientState(client);
  const providerOptions = request.providerOptions ?? {};
  // Credentials and region only: a model setting (guardrail, serviceTier …) would do nothing here, and nothing is dropped silently.
  for (const key in providerOptions) {
    if (!authOptionKeys.includes(key)) {
      const nearest = findNearestKey(key, authOptionKeys);
      throwInputError(`providerOptions.${key}: applyGuardrail takes ${authOptionKeys.join(', ')} only${nearest ? `: did you mean \`${nearest}\`?` : '.'}`);
    }
  }
  // The guardrail's ID and version follow the same service-model patterns as providerOptions.guardrail.
  const guardrail = readPlatformOptions({ guardrail: request.guardrail }).guardrail!;
  const { source, content, outputScope } = request;
  if (source !== 'input' && source !== 'output') throwInputError(`source must be 'input' or 'output'; got ${JSON.stringify(source)}.`);
  if (outputScope !== undefined && outputScope !== 'interventions' && outputScope !== 'full') {
    throwInputError(`outputScope must be 'interventions' or 'full'; got ${JSON.stringify(outputScope)}.`);
  }
  if (!Array.isArray(content) || content.length === 0) throwInputError('content must hold at least one text or image part.');
  const body = {
    source: source.toUpperCase(),
    content: content.map(convertGuardrailContent),
    ...(outputScope && { outputScope: outputScope.toUpperCase() }),
  };
  const connection = prepareConnection(instance, providerOptions);
  const context = createCallContext(instance, connection, request.abortSignal);
  const url = `${connection.endpoint}/guardrail/${encodeURIComponent(guardrail.id)}/version/${encodeURIComponent(guardrail.version)}/apply`;
  const run = async () => {
    const { body: json, requestId } = await runJsonCall(context, url, JSON.stringify(body), { retries: 0, skewCorrected: false });
    return parseApplyGuardrailResponse(json, requestId);
  };
  return runJsonCallTraced(instance, context, 'apply_guardrail', guardrail.id, run);
}

/** A part as a `GuardrailContentBlock`: text, or image bytes (PNG or JPEG, the formats it takes). */
function convertGuardrailContent(part: TextPart | ImagePart, index: number): Record<string, unknown> {
  if (part?.type === 'text' && typeof part.text === 'string') return { text: { text: part.text } };
  if (part?.type === 'image') {
    const format = part.mediaType === 'image/png' ? 'png' : part.mediaType === 'image/jpeg' ? 'jpeg' : undefined;
    if (!format) throwInputError(`content[${index}].mediaType ${JSON.stringify(part.mediaType)}: a guardrail assesses PNG and JPEG images only.`);
    if (typeof part.data !== 'string' && !(part.data instanceof Uint8Array)) throwInputError(`content[${index}].data: a guardrail takes image bytes (Uint8Array or base64), not a reference.`);
    return { image: { format, source: { bytes: convertDataContentToBase64(part.data) } } };
  }
  throwInputError(`content[${index}] must be a text or image part; got ${JSON.stringify((part as { type?: unknown } | null)?.type)}.`);
}

function parseApplyGuardrailResponse(json: unknown, requestId: string | undefined): ApplyGuardrailResult {
  const body = dropNulls(json) as Record<string, unknown> | undefined;
  const action = body?.action;
  if (action !== 'NONE' && action !== 'GUARDRAIL_INTERVENED') {
    throw new ServiceError({ message: `ApplyGuardrail answered with an action this version does not know: ${JSON.stringify(action)}.`, retryable: false, requestId });
  }
  const { actionReason, outputs, assessments, guardrailCoverage, usage } = body!;
  const result: ApplyGuardrailResult = {
    action: action === 'NONE' ? 'none' : 'intervened',
    outputs: Array.isArray(outputs) ? outputs.flatMap((output) => (typeof output?.text === 'string' ? [output.text] : [])) : [],
    assessments: Array.isArray(assessments) ? assessments : [],
    usage: (usage ?? {}) as Record<string, unknown>,
  };
  if (typeof actionReason === 'string') result.actionReason = actionReason;
  if (guardrailCoverage !== undefined) result.coverage = guardrailCoverage as Record<string, unknown>;
  if (requestId !== undefined) result.requestId = requestId;
  return result;
}

/** The JSON with every `null` member and array entry left out (the service sends `null` for "not assessed"). */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((entry) => entry !== null).map(dropNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, entry]) => (entry === null ? [] : [[key, dropNulls(entry)]])));
}
