import type { AwsError } from './aws-error';
import { checkSignatureWindow } from './check-signature-window';
import type { ConversationView } from './conversation/conversation-view';
import { createReply, type ReplyState } from './conversation/create-reply';
import { viewConverseRequest } from './conversation/view-converse-request';
import type { EmulatorClock } from './emulator-clock';
import { anthropicFamily } from './families/anthropic-family';
import { answerCohereEmbed, isCohereEmbedModel } from './families/cohere-embed-family';
import { cohereFamily } from './families/cohere-family';
import { deepseekFamily } from './families/deepseek-family';
import { llamaFamily } from './families/llama-family';
import { mistralFamily } from './families/mistral-family';
import type { NativeFamily } from './families/native-family';
import { openaiFamily } from './families/openai-family';
import { familyOf, resolveBaseModelId, type ModelFamilyName } from './families/resolve-model';
import type { ServiceModel } from './load-service-model';
import type { Reply } from './reply';
import { chunkEvents, encodeEventFrame, splitFrames } from './render/encode-stream-frames';
import type { RenderContext } from './render/render-context';
import { renderConverseResponse } from './render/render-converse-response';
import { renderConverseStream } from './render/render-converse-stream';
import { isStreamRoute, type Route } from './route';
import type { Script } from './script';
import { validateConverseRequest } from './validation/validate-converse-request';
import { dropConnection, waitAtGate, writeAwsError, writeBody, writeFrames, writeJson, type Exchange } from './write-response';
import { defaultErrorMessage } from './aws-error';
import type { RecordedRequest } from './emulator';

const FAMILIES: Record<Exclude<ModelFamilyName, 'other'>, NativeFamily> = {
  anthropic: anthropicFamily,
  cohere: cohereFamily,
  openai: openaiFamily,
  meta: llamaFamily,
  mistral: mistralFamily,
  deepseek: deepseekFamily,
};

/** Bare Llama IDs the service serves only through inference profiles (on-demand throughput refused). */
const PROFILE_ONLY = /^meta\.(llama3-[123]-|llama4-)/;

/** What answering needs besides the request. */
export interface AnswerContext {
  clock: EmulatorClock;
  model: ServiceModel;
  replyState: ReplyState;
}

/**
 * Answers an authenticated request on a model route: holds, clock advance
 * and the signature window check first (AWS checks the window when it
 * responds), then the scripted outcome, else validation and the default
 * answer rendered for the route and family.
 */
export async function answerRequest(
  exchange: Exchange,
  request: RecordedRequest & { route: Route; modelId: string },
  script: Script | undefined,
  context: AnswerContext,
): Promise<void> {
  if (script?.holdBeforeFirstByte && !(await waitAtGate(exchange, script.holdBeforeFirstByte))) return;
  if (script?.advanceClockMs) context.clock.advance(script.advanceClockMs);
  if (request.auth.amzDate !== undefined && request.auth.scheme === 'sigv4') {
    const expired = checkSignatureWindow(request.auth.amzDate, context.clock.now());
    if (expired) return writeAwsError(exchange, expired);
  }
  const stream = isStreamRoute(request.route);
  if (script?.resetAfterEvents !== undefined && !stream) return dropConnection(exchange, script.resetMode);
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
  if (request.route === 'invoke' && isCohereEmbedModel(request.modelId)) {
    const answer = answerCohereEmbed(request.modelId, request.body, request.number);
    return 'error' in answer ? writeAwsError(exchange, answer.error) : writeJson(exchange, 200, answer.body, answer.headers);
  }

  const problem = validate(request, stream, context);
  if ('error' in problem) return writeAwsError(exchange, problem.error);
  if (script?.rawFrames && stream) return writeFrames(exchange, streamHeaders(request.route), script.rawFrames, script);

  const { family, view } = problem;
  const reply = createReply(view, script?.reply, context.replyState);
  if (family === 'openai' && !script?.reply) stripSignatures(reply);
  const render: RenderContext = { modelId: request.modelId, requestNumber: request.number, requestId: exchange.requestId, now: context.clock.now() };

  switch (request.route) {
    case 'converse':
      return writeJson(exchange, 200, renderConverseResponse(reply, render));
    case 'converse-stream': {
      const frames = renderConverseStream(reply, render).map(encodeEventFrame);
      return writeFrames(exchange, streamHeaders(request.route), frames, script);
    }
    case 'invoke':
      return writeJson(exchange, 200, FAMILIES[family as keyof typeof FAMILIES].renderResponse(reply, render), tokenHeaders(reply));
    case 'invoke-with-response-stream': {
      const chunks = FAMILIES[family as keyof typeof FAMILIES].renderStream(reply, render);
      return writeFrames(exchange, streamHeaders(request.route), chunkEvents(chunks).map(encodeEventFrame), script);
    }
  }
}

type Validated = { error: AwsError } | { family: ModelFamilyName; view: ConversationView };

function validate(request: RecordedRequest & { route: Route; modelId: string }, stream: boolean, context: AnswerContext): Validated {
  const invalid = (message: string): Validated => ({ error: { status: 400, type: 'ValidationException', message } });
  const base = resolveBaseModelId(request.modelId);
  if (base === undefined) return invalid('The provided model identifier is invalid.');
  if (base === request.modelId && PROFILE_ONLY.test(base)) {
    return invalid(
      `Invocation of model ID ${base} with on-demand throughput isn\u2019t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
    );
  }
  const family = familyOf(base);
  if (request.route === 'converse' || request.route === 'converse-stream') {
    const error = validateConverseRequest(context.model, stream, request.bodyText);
    if (error) return { error };
    const body = request.body as Record<string, any>;
    // gpt-oss refuses tools while streaming (the facade falls back to a non-streaming call).
    if (stream && family === 'openai' && body.toolConfig) return invalid("This model doesn't support tool use in streaming mode.");
    const view = viewConverseRequest(body);
    if (family === 'openai') view.reasoning = true;
    return { family, view };
  }
  if (family === 'other') {
    return invalid(`The bedrock-kit emulator has no native InvokeModel body for ${base}; use Converse or script a raw answer.`);
  }
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('Malformed input request: #: expected type: JSONObject, found: String, please reformat your input and try again.');
  }
  const nativeFamily = FAMILIES[family];
  const message = nativeFamily.validate(body as Record<string, unknown>);
  if (message) return invalid(message);
  return { family, view: nativeFamily.view(body as Record<string, unknown>) };
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
function writeRecorded(exchange: Exchange, script: Script): Promise<void> | void {
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
