import { answerApplyGuardrail } from './answer-apply-guardrail';
import { answerCountTokens } from './answer-count-tokens';
import type { AwsError } from './aws-error';
import { checkSignatureWindow } from './check-signature-window';
import { countTokens, type ConversationView } from './conversation/conversation-view';
import { createReply, type ReplyState } from './conversation/create-reply';
import { viewConverseRequest } from './conversation/view-converse-request';
import type { EmulatorClock } from './emulator-clock';
import type { EmbeddingFamily } from './embeddings/embedding-family';
import { gzipBomb } from './faults/gzip-bomb';
import type { NativeFamily } from './families/native-family';
import { findEmbeddingFamily, findNativeFamily } from './families/registry';
import { parsePromptArn, resolveBaseModelId } from './families/resolve-model';
import { assessGuardrail } from './guardrail/assess-guardrail';
import { guardrailOfConverse, guardrailOfHeaders, type GuardrailRequest } from './guardrail/guardrail-request';
import type { ServiceModel } from './load-service-model';
import type { Reply } from './reply';
import { chunkEvents, encodeEventFrame, splitFrames } from './render/encode-stream-frames';
import type { RenderContext } from './render/render-context';
import { renderConverseResponse } from './render/render-converse-response';
import { renderConverseStream, type StreamEvent } from './render/render-converse-stream';
import { additionalResponseFields, type ResponseExtras } from './render/response-extras';
import { isStreamRoute, type Route } from './route';
import type { Script } from './script';
import { validateConverseRequest } from './validation/validate-converse-request';
import { validateInvokeHeaders } from './validation/validate-invoke-headers';
import {
  dropConnection,
  waitAtGate,
  writeAwsError,
  writeBody,
  writeFrames,
  writeGenerated,
  writeJson,
  type Exchange,
  type FramePlan,
} from './write-response';
import { defaultErrorMessage } from './aws-error';
import type { RecordedRequest } from './emulator';

/** What answering needs besides the request. */
export interface AnswerContext {
  clock: EmulatorClock;
  model: ServiceModel;
  replyState: ReplyState;
  /** Prompt-management templates by prompt ID (`{{name}}` placeholders). */
  prompts: Readonly<Record<string, string>>;
}

type ModelRequest = RecordedRequest & { route: Route; modelId: string };

/**
 * Answers an authenticated request: holds, clock advance and the signature
 * window check first (AWS checks the window when it responds), then the
 * scripted transport faults and outcomes, else validation and the default
 * answer rendered for the route and family.
 */
export async function answerRequest(exchange: Exchange, request: ModelRequest, script: Script | undefined, context: AnswerContext): Promise<void> {
  if (script?.holdBeforeFirstByte && !(await waitAtGate(exchange, script.holdBeforeFirstByte))) return;
  if (script?.advanceClockMs) context.clock.advance(script.advanceClockMs);
  const stream = isStreamRoute(request.route);
  if (script?.generationMs && !stream) context.clock.advance(script.generationMs);
  if (request.auth.amzDate !== undefined && request.auth.scheme === 'sigv4') {
    const expired = checkSignatureWindow(request.auth.amzDate, context.clock.now());
    if (expired) return writeAwsError(exchange, expired);
  }
  if (script?.resetAfterEvents !== undefined && !stream) return dropConnection(exchange, script.resetMode);
  if (script && (await answerTransportFault(exchange, script, context))) return;
  if (script?.error) {
    const { type, status, message, retryAfter, typeSuffix } = script.error;
    return writeAwsError(exchange, {
      type,
      status: status ?? context.model.shapes[type]?.error?.httpStatusCode ?? 400,
      message: message ?? defaultErrorMessage(type),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(typeSuffix !== undefined ? { typeSuffix } : {}),
    });
  }
  if (script?.raw) return writeBody(exchange, script.raw.status, script.raw.headers ?? {}, script.raw.body ?? '');
  if (script?.recorded) return writeRecorded(exchange, script);

  if (request.route === 'count-tokens') return answerCountTokens(exchange, request, context.model);
  if (request.route === 'apply-guardrail') return answerApplyGuardrail(exchange, request, script, context.model);

  const problem = validate(request, stream, context);
  if ('error' in problem) return writeAwsError(exchange, problem.error);
  if ('embedding' in problem) {
    const render = renderContext(request, exchange, context);
    const answer = problem.embedding.render(request.body as Record<string, any>, problem.base, render);
    return writeJson(exchange, 200, answer.body, answer.headers ?? {});
  }
  if (script?.rawFrames && stream) return writeFrames(exchange, streamHeaders(request.route), script.rawFrames, script);

  const { family, view, guardrail } = problem;
  const reply = createReply(view, script?.reply, context.replyState);
  if (family?.unsignedReasoning && !script?.reply) stripSignatures(reply);
  const outcome = assessGuardrail(guardrail, script?.guardrail, view.guardTexts ?? [view.lastUserText], replyText(reply));
  if (outcome?.intervened) {
    reply.content = [{ type: 'text', text: outcome.message }];
    reply.stopReason = 'guardrail_intervened';
    if (script?.reply?.usage?.outputTokens === undefined) reply.usage.outputTokens = Math.max(1, countTokens(outcome.message));
    delete reply.stopSequence;
  }
  const render = renderContext(request, exchange, context);
  const serviceTier = script?.reply?.serviceTier ?? problem.serviceTier;
  const latency = script?.reply?.latency ?? problem.latency;

  switch (request.route) {
    case 'converse':
    case 'converse-stream': {
      const extras: ResponseExtras = {
        ...(outcome?.trace ? { trace: outcome.trace } : {}),
        ...(serviceTier !== undefined ? { serviceTier } : {}),
        ...(latency !== undefined ? { latency } : {}),
      };
      const fields = additionalResponseFields(problem.responseFieldPaths, reply);
      if (fields) extras.additionalModelResponseFields = fields;
      if (request.route === 'converse') return writeJson(exchange, 200, renderConverseResponse(reply, render, extras));
      const events = renderConverseStream(reply, render, extras);
      return writeFrames(exchange, streamHeaders(request.route), events.map(encodeEventFrame), script, framePlan(script, events, 'converse', context));
    }
    case 'invoke':
    case 'invoke-with-response-stream': {
      const native = family!;
      const guardrailFields = outcome
        ? { 'amazon-bedrock-guardrailAction': outcome.intervened ? 'INTERVENED' : 'NONE', ...(outcome.trace ? { 'amazon-bedrock-trace': outcome.trace } : {}) }
        : {};
      const tierHeaders = {
        ...(serviceTier !== undefined ? { 'X-Amzn-Bedrock-Service-Tier': serviceTier } : {}),
        ...(latency !== undefined ? { 'X-Amzn-Bedrock-PerformanceConfig-Latency': latency } : {}),
      };
      if (request.route === 'invoke') {
        return writeJson(exchange, 200, { ...native.renderResponse(reply, render), ...guardrailFields }, { ...tokenHeaders(reply), ...tierHeaders });
      }
      const chunks = native.renderStream(reply, render);
      if (chunks.length > 0) chunks[chunks.length - 1] = { ...chunks[chunks.length - 1], ...guardrailFields };
      const events = chunkEvents(chunks);
      return writeFrames(exchange, { ...streamHeaders(request.route), ...tierHeaders }, events.map(encodeEventFrame), script, framePlan(script, events, 'native', context));
    }
  }
}

/** The transport faults that replace the answer; true when one was written. */
async function answerTransportFault(exchange: Exchange, script: Script, context: AnswerContext): Promise<boolean> {
  if (script.redirect) {
    const status = script.redirect.status ?? 307;
    const body = JSON.stringify({ message: `Moved: ${script.redirect.location}` });
    await writeBody(exchange, status, { Location: script.redirect.location, 'Content-Type': 'application/json' }, body);
    return true;
  }
  if (script.gzipBomb) {
    const bytes = await gzipBomb(script.gzipBomb.inflatedBytes ?? 256 * 1024 * 1024);
    await writeBody(exchange, script.gzipBomb.status ?? 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, bytes);
    return true;
  }
  if (script.largeError) {
    const type = script.largeError.type ?? 'InternalServerException';
    const status = script.largeError.status ?? context.model.shapes[type]?.error?.httpStatusCode ?? 500;
    const head = Buffer.from('{"message":"', 'utf8');
    const tail = Buffer.from('"}', 'utf8');
    const total = Math.max(script.largeError.bytes, head.length + tail.length);
    await writeGenerated(exchange, status, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': type }, total, (offset, size) => {
      const piece = Buffer.alloc(size, 0x78); // 'x'
      // Only the first and last pieces hold the JSON around the message.
      if (offset < head.length) head.copy(piece, 0, offset, Math.min(head.length, offset + size));
      const tailStart = total - tail.length;
      if (offset + size > tailStart) tail.copy(piece, Math.max(0, tailStart - offset), Math.max(0, offset - tailStart));
      return piece;
    });
    return true;
  }
  return false;
}

/** Where the stream ends or floods, from the script and the events to be sent. */
function framePlan(script: Script | undefined, events: readonly StreamEvent[], kind: 'converse' | 'native', context: AnswerContext): FramePlan {
  const plan: FramePlan = {};
  const generationMs = script?.generationMs;
  if (generationMs) plan.afterFirstFrame = () => context.clock.advance(generationMs);
  if (script?.endAfterEvents === 'before-stop') {
    plan.endAfterEvents = kind === 'converse' ? events.findIndex((e) => e.eventType === 'messageStop') : events.length - 1;
  } else if (typeof script?.endAfterEvents === 'number') {
    plan.endAfterEvents = script.endAfterEvents;
  }
  if (script?.tinyFrames) {
    const tiny: StreamEvent =
      kind === 'converse'
        ? { eventType: 'contentBlockDelta', payload: { contentBlockIndex: 0, delta: { text: '' } } }
        : chunkEvents([{ type: 'ping' }])[0]!;
    plan.flood = { afterEvents: script.tinyFrames.afterEvents ?? 1, count: script.tinyFrames.count, frame: encodeEventFrame(tiny, 0) };
  }
  return plan;
}

type Validated =
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

function validate(request: ModelRequest, stream: boolean, context: AnswerContext): Validated {
  const prompt = parsePromptArn(request.modelId);
  const converse = request.route === 'converse' || request.route === 'converse-stream';
  if (prompt && converse) return validatePromptConverse(request, stream, context, prompt.promptId);
  const base = resolveBaseModelId(request.modelId);
  if (base === undefined) return invalid('The provided model identifier is invalid.');
  const family = findNativeFamily(base);
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
  const modeProblem = checkStreamProcessingMode(guardrailBody, stream, request.headers);
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
    view: withGuardTexts(family.view(record)),
    ...(guardrail ? { guardrail } : {}),
    ...(request.headers['x-amzn-bedrock-service-tier'] !== undefined ? { serviceTier: request.headers['x-amzn-bedrock-service-tier'] } : {}),
    ...(request.headers['x-amzn-bedrock-performanceconfig-latency'] !== undefined
      ? { latency: request.headers['x-amzn-bedrock-performanceconfig-latency'] }
      : {}),
  };
}

/** InvokeModelWithResponseStream's body field `amazon-bedrock-guardrailConfig: { streamProcessingMode }`. */
function checkStreamProcessingMode(config: Record<string, unknown> | undefined, stream: boolean, headers: Record<string, string>): string | undefined {
  if (config === undefined) return undefined;
  if (!stream) return 'The amazon-bedrock-guardrailConfig field is only supported by InvokeModelWithResponseStream.';
  const keys = typeof config === 'object' && config !== null && !Array.isArray(config) ? Object.keys(config) : undefined;
  const mode = keys ? config.streamProcessingMode : undefined;
  if (!keys || keys.some((key) => key !== 'streamProcessingMode') || (mode !== 'SYNCHRONOUS' && mode !== 'ASYNCHRONOUS')) {
    return "Malformed input request: #/amazon-bedrock-guardrailConfig: expected { streamProcessingMode: 'SYNCHRONOUS' | 'ASYNCHRONOUS' }, please reformat your input and try again.";
  }
  if (!headers['x-amzn-bedrock-guardrailidentifier']) {
    return 'The amazon-bedrock-guardrailConfig field requires the X-Amzn-Bedrock-GuardrailIdentifier and X-Amzn-Bedrock-GuardrailVersion headers.';
  }
  return undefined;
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
function validatePromptConverse(request: ModelRequest, stream: boolean, context: AnswerContext, promptId: string): Validated {
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

function withGuardTexts(view: ConversationView): ConversationView {
  return view.guardTexts ? view : { ...view, guardTexts: [view.lastUserText] };
}

function renderContext(request: ModelRequest, exchange: Exchange, context: AnswerContext): RenderContext {
  return { modelId: request.modelId, requestNumber: request.number, requestId: exchange.requestId, now: context.clock.now() };
}

function replyText(reply: Reply): string {
  return reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

function streamHeaders(route: Route): Record<string, string> {
  return route === 'invoke-with-response-stream'
    ? { 'Content-Type': 'application/vnd.amazon.eventstream', 'X-Amzn-Bedrock-Content-Type': 'application/json' }
    : { 'Content-Type': 'application/vnd.amazon.eventstream' };
}

/** InvokeModel reports usage in headers (the only place for families whose body has none, like Command R). */
function tokenHeaders(reply: Reply): Record<string, string> {
  const { inputTokens, outputTokens, cacheReadInputTokens, cacheWriteInputTokens } = reply.usage;
  return {
    'X-Amzn-Bedrock-Input-Token-Count': String(inputTokens),
    'X-Amzn-Bedrock-Output-Token-Count': String(outputTokens),
    'X-Amzn-Bedrock-Invocation-Latency': String(reply.latencyMs),
    ...(cacheReadInputTokens !== undefined ? { 'X-Amzn-Bedrock-Cache-Read-Input-Token-Count': String(cacheReadInputTokens) } : {}),
    ...(cacheWriteInputTokens !== undefined ? { 'X-Amzn-Bedrock-Cache-Write-Input-Token-Count': String(cacheWriteInputTokens) } : {}),
  };
}

function stripSignatures(reply: Reply): void {
  reply.content = reply.content.map((block) => (block.type === 'reasoning' ? { type: 'reasoning', text: block.text } : block));
}

const HOP_BY_HOP = new Set(['connection', 'transfer-encoding', 'content-length', 'keep-alive']);

/** Replays a recorded answer: its status, headers and exact bytes (a stream frame by frame, so faults still apply). */
function writeRecorded(exchange: Exchange, script: Script): Promise<void> {
  const recorded = script.recorded!.response;
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(recorded.headers)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers[name] = values.join(', ');
  }
  const has = (wanted: string) => Object.keys(headers).some((name) => name.toLowerCase() === wanted);
  // The recorded x-amzn-RequestId / Date win over the emulator's own when the recording has them.
  const own: Record<string, string> = { ...headers };
  if (!has('x-amzn-requestid')) own['x-amzn-RequestId'] = exchange.requestId;
  if (!has('date')) own.Date = new Date(exchange.now()).toUTCString();
  const replay: Exchange = { ...exchange, ownHeaders: own };
  let body = recorded.body;
  if (body.length === 0 && recorded.parsedBody !== undefined) body = Buffer.from(JSON.stringify(recorded.parsedBody), 'utf8');
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (contentType.includes('vnd.amazon.eventstream') && recorded.status === 200) {
    return writeFrames(replay, {}, splitFrames(body), script);
  }
  return writeBody(replay, recorded.status, {}, body);
}

