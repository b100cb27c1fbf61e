import type { AwsError } from '../aws-error';
import type { ConversationView } from '../conversation/conversation-view';
import { viewConverseRequest } from '../conversation/view-converse-request';
import type { RecordedRequest } from '../emulator';
import type { EmbeddingFamily } from '../embeddings/embedding-family';
import type { NativeFamily } from '../families/native-family';
import { findEmbeddingFamily, findNativeFamily } from '../families/registry';
import { parsePromptArn, resolveBaseModelId } from '../families/resolve-model';
import { guardrailOfConverse, guardrailOfHeaders, type GuardrailRequest } from '../guardrail/guardrail-request';
import type { ServiceModel } from '../load-service-model';
import type { Route } from '../route';
import { validateConverseRequest } from './validate-converse-request';
import { validateInvokeHeaders } from './validate-invoke-headers';

type ModelRequest = RecordedRequest & { route: Route; modelId: string };

/** What validation needs besides the request. */
export interface ValidationContext {
  model: ServiceModel;
  /** Prompt-management templates by prompt ID. */
  prompts: Readonly<Record<string, string>>;
  /** Native families given to `startEmulator`, matched before the built-in ones. */
  families: readonly NativeFamily[];
}

/** A validated model call: an error, an embedding call, or a conversation to answer with the settings it carries. */
export type Validated =
  | { error: AwsError }
  | { embedding: EmbeddingFamily; base: string }
  | {
      family: NativeFamily | undefined;
      view: ConversationView;
      guardrail?: GuardrailRequest;
      serviceTier?: string;
      latency?: string;
      responseFieldPaths?: string[];
    };

function invalid(message: string): { error: AwsError } {
  return { error: { status: 400, type: 'ValidationException', message } };
}

/**
 * Validates a model call as the service does: the model ID (prompt ARNs,
 * profiles, profile-only models), then Converse bodies against the service
 * model and the conversation rules, or InvokeModel settings headers and the
 * native body of the model's family (or embedding family).
 */
export function validateModelRequest(request: ModelRequest, stream: boolean, context: ValidationContext): Validated {
  const prompt = parsePromptArn(request.modelId);
  const converse = request.route === 'converse' || request.route === 'converse-stream';
  if (prompt && converse) return validatePromptConverse(request, stream, context, prompt.promptId);
  const base = resolveBaseModelId(request.modelId);
  if (base === undefined) return invalid('The provided model identifier is invalid.');
  const family = findNativeFamily(base, context.families);
  if (base === request.modelId && family?.profileOnly?.(base)) {
    return invalid(
      `Invocation of model ID ${base} with on-demand throughput isn\u2019t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
    );
  }
  const embedding = findEmbeddingFamily(base);
  if (converse) {
    if (embedding) return invalid("This action doesn't support the model that you provided. Try again with a supported text or chat model.");
    const error = validateConverseRequest(context.model, stream, request.bodyText);
    if (error) return { error };
    const body = request.body as Record<string, any>;
    if (stream && family?.refusesToolsWhileStreaming && body.toolConfig) return invalid("This model doesn't support tool use in streaming mode.");
    const view = viewConverseRequest(body);
    if (family?.alwaysReasons) view.reasoning = true;
    return { family, view, ...converseSettings(body) };
  }
  const headerProblem = validateInvokeHeaders(context.model, stream ? 'InvokeModelWithResponseStreamRequest' : 'InvokeModelRequest', request.headers);
  if (headerProblem) return invalid(headerProblem);
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('Malformed input request: #: expected type: JSONObject, found: String, please reformat your input and try again.');
  }
  const record = { ...(body as Record<string, unknown>) };
  const guardrailBody = record['amazon-bedrock-guardrailConfig'] as Record<string, unknown> | undefined;
  delete record['amazon-bedrock-guardrailConfig'];
  const modeProblem = checkNativeGuardrailConfig(guardrailBody, stream, request.headers);
  if (modeProblem) return invalid(modeProblem);
  if (embedding) {
    if (stream) return invalid('The model is unsupported for streaming.');
    const message = embedding.validate(record, base);
    return message ? invalid(message) : { embedding, base };
  }
  if (!family) {
    return invalid(`The bedrock-kit emulator has no native InvokeModel body for ${base}; use Converse or script a raw answer.`);
  }
  const message = family.validate(record);
  if (message) return invalid(message);
  const guardrail = guardrailOfHeaders(request.headers, guardrailBody?.streamProcessingMode as string | undefined);
  return {
    family,
    view: withGuardTexts(family.view(record), taggedTexts(family.view(record).inputText, guardrailBody?.tagSuffix as string | undefined)),
    ...(guardrail ? { guardrail } : {}),
    ...(request.headers['x-amzn-bedrock-service-tier'] !== undefined ? { serviceTier: request.headers['x-amzn-bedrock-service-tier'] } : {}),
    ...(request.headers['x-amzn-bedrock-performanceconfig-latency'] !== undefined
      ? { latency: request.headers['x-amzn-bedrock-performanceconfig-latency'] }
      : {}),
  };
}

/**
 * The native body field `amazon-bedrock-guardrailConfig`: `tagSuffix` (both
 * routes: only input inside `<amazon-bedrock-guardrails-guardContent_{suffix}>`
 * tags is assessed) and `streamProcessingMode` (`SYNCHRONOUS` / `ASYNCHRONOUS`,
 * InvokeModelWithResponseStream only); it needs the guardrail headers.
 */
function checkNativeGuardrailConfig(config: Record<string, unknown> | undefined, stream: boolean, headers: Record<string, string>): string | undefined {
  if (config === undefined) return undefined;
  const malformed =
    "Malformed input request: #/amazon-bedrock-guardrailConfig: expected { tagSuffix?: string, streamProcessingMode?: 'SYNCHRONOUS' | 'ASYNCHRONOUS' }, please reformat your input and try again.";
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return malformed;
  if (Object.keys(config).some((key) => key !== 'streamProcessingMode' && key !== 'tagSuffix')) return malformed;
  if (config.tagSuffix !== undefined && (typeof config.tagSuffix !== 'string' || !/^[a-zA-Z0-9_-]{1,20}$/.test(config.tagSuffix))) return malformed;
  const mode = config.streamProcessingMode;
  if (mode !== undefined) {
    if (!stream) return 'The amazon-bedrock-guardrailConfig.streamProcessingMode field is only supported by InvokeModelWithResponseStream.';
    if (mode !== 'SYNCHRONOUS' && mode !== 'ASYNCHRONOUS') return malformed;
  }
  if (!headers['x-amzn-bedrock-guardrailidentifier']) {
    return 'The amazon-bedrock-guardrailConfig field requires the X-Amzn-Bedrock-GuardrailIdentifier and X-Amzn-Bedrock-GuardrailVersion headers.';
  }
  return undefined;
}

/** The texts inside `<amazon-bedrock-guardrails-guardContent_{suffix}>` tags of the input, else undefined. */
function taggedTexts(inputText: string, suffix: string | undefined): string[] | undefined {
  if (suffix === undefined) return undefined;
  const tag = `amazon-bedrock-guardrails-guardContent_${suffix}`;
  const found = [...inputText.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!);
  return found.length > 0 ? found : undefined;
}

/** The round-two settings of a Converse body the answer echoes or honours. */
function converseSettings(body: Record<string, any>): { guardrail?: GuardrailRequest; serviceTier?: string; latency?: string; responseFieldPaths?: string[] } {
  const guardrail = guardrailOfConverse(body);
  return {
    ...(guardrail ? { guardrail } : {}),
    ...(body.serviceTier?.type !== undefined ? { serviceTier: String(body.serviceTier.type) } : {}),
    ...(body.performanceConfig?.latency !== undefined ? { latency: String(body.performanceConfig.latency) } : {}),
    ...(Array.isArray(body.additionalModelResponseFieldPaths) ? { responseFieldPaths: body.additionalModelResponseFieldPaths } : {}),
  };
}

/** Converse with a prompt-management ARN: the prompt's template filled with `promptVariables`, plus any messages. */
function validatePromptConverse(request: ModelRequest, stream: boolean, context: ValidationContext, promptId: string): Validated {
  const error = validateConverseRequest(context.model, stream, request.bodyText, { promptArn: true });
  if (error) return { error };
  const body = (request.body ?? {}) as Record<string, any>;
  const variables: Record<string, { text?: string }> = body.promptVariables ?? {};
  const template = context.prompts[promptId] ?? defaultPromptTemplate(promptId, Object.keys(variables));
  const filled = template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (whole, name: string) => variables[name]?.text ?? whole);
  const messages = [{ role: 'user', content: [{ text: filled }] }, ...(Array.isArray(body.messages) ? body.messages : [])];
  const view = viewConverseRequest({ ...body, messages });
  return { family: undefined, view, ...converseSettings(body) };
}

/** The template of a prompt the emulator was not given: every variable, in order. */
function defaultPromptTemplate(promptId: string, names: readonly string[]): string {
  return `Prompt ${promptId}${names.length > 0 ? `: ${names.map((name) => `${name}={{${name}}}`).join(', ')}` : ''}`;
}

function withGuardTexts(view: ConversationView, tagged: string[] | undefined): ConversationView {
  if (tagged) return { ...view, guardTexts: tagged };
  return view.guardTexts ? view : { ...view, guardTexts: [view.lastUserText] };
}

