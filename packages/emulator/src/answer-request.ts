import { answerApplyGuardrail } from './answer-apply-guardrail';
import { answerCountTokens } from './answer-count-tokens';
import { checkSignatureWindow } from './check-signature-window';
import { countTokens } from './conversation/conversation-view';
import { createReply, type ReplyState } from './conversation/create-reply';
import type { EmulatorClock } from './emulator-clock';
import { answerTransportFault } from './faults/answer-transport-fault';
import { createFramePlan } from './faults/create-frame-plan';
import type { NativeFamily } from './families/native-family';
import { assessGuardrail } from './guardrail/assess-guardrail';
import type { ServiceModel } from './load-service-model';
import type { Reply } from './reply';
import { chunkEvents, encodeEventFrame } from './render/encode-stream-frames';
import type { RenderContext } from './render/render-context';
import { renderConverseResponse } from './render/render-converse-response';
import { renderConverseStream } from './render/render-converse-stream';
import { additionalResponseFields, type ResponseExtras } from './render/response-extras';
import { isStreamRoute, type Route } from './route';
import type { Script } from './script';
import { validateModelRequest } from './validation/validate-model-request';
import { dropConnection, waitAtGate, writeAwsError, writeBody, writeFrames, writeJson, type Exchange } from './write-response';
import { writeRecorded } from './write-recorded';
import { defaultErrorMessage } from './aws-error';
import type { RecordedRequest } from './emulator';

/** What answering needs besides the request. */
export interface AnswerContext {
  clock: EmulatorClock;
  model: ServiceModel;
  replyState: ReplyState;
  /** Prompt-management templates by prompt ID (`{{name}}` placeholders). */
  prompts: Readonly<Record<string, string>>;
  /** Native families given to `startEmulator`, matched before the built-in ones. */
  families: readonly NativeFamily[];
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

  if (request.route === 'count-tokens') return answerCountTokens(exchange, request, context.model, context.families);
  if (request.route === 'apply-guardrail') return answerApplyGuardrail(exchange, request, script, context.model);

  const problem = validateModelRequest(request, stream, context);
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
      return writeFrames(exchange, streamHeaders(request.route), events.map(encodeEventFrame), script, createFramePlan(script, events, 'converse', context));
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
      return writeFrames(exchange, { ...streamHeaders(request.route), ...tierHeaders }, events.map(encodeEventFrame), script, createFramePlan(script, events, 'native', context));
    }
  }
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

