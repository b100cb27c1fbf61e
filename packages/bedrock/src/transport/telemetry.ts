// Types only: this module is its own chunk, loaded on the first traced call, and shares no code with the bundle that loads it.
import type { BedrockError, GenerateTextResult, Message, ModelRequest, Part, StreamEvent } from '@bedrock-kit/core';
import type { TelemetryAttributeValue, TelemetryOptions, TelemetrySpan } from '../client/telemetry-options';
import type { CallContext } from './call-context';
import type { CallTelemetry } from './call-telemetry';

// OpenTelemetry's numbers and names (OpenTelemetry GenAI and HTTP semantic conventions), written out: no OpenTelemetry package is imported.
// https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/ · https://opentelemetry.io/docs/specs/semconv/http/http-spans/
const spanKindClient = 2;
const statusError = 2;
/** `createContextKey` of `@opentelemetry/api` is `Symbol.for(description)`: any copy of the API finds the parent under this key. */
const spanContextKey = Symbol.for('OpenTelemetry Context Key SPAN');

type Attributes = Record<string, TelemetryAttributeValue | undefined>;

/** What a traced call says about itself before it starts. */
export interface CallDescription {
  /** `chat`, `embeddings`, `count_tokens`, `apply_guardrail`. */
  operation: string;
  /** The model (or guardrail) as the caller named it, without the `bedrock:` prefix. */
  model: string;
  /** The configured endpoint base (`server.address`, `server.port`). */
  endpoint: string;
  attributes?: Attributes;
}

/** The call's span and its attempt hook; `end` and `fail` close it once. */
export interface TracedCall extends CallTelemetry {
  span: TelemetrySpan;
  end(attributes: Attributes): void;
  fail(error: unknown): void;
}

/** Starts the call's span (`{operation} {model}`, CLIENT, its parent the active context) and the hook for its attempts. */
export function startCallSpan(options: TelemetryOptions, { operation, model, endpoint, attributes }: CallDescription): TracedCall {
  const url = safeUrl(endpoint);
  const span = options.tracer.startSpan(`${operation} ${model}`, {
    kind: spanKindClient,
    attributes: dropUndefined({
      'gen_ai.operation.name': operation,
      'gen_ai.provider.name': 'aws.bedrock',
      'gen_ai.request.model': model,
      'server.address': url?.hostname,
      'server.port': url ? Number(url.port || (url.protocol === 'https:' ? 443 : 80)) : undefined,
      ...attributes,
    }),
  });
  const parent = createSpanContext(span);
  let previous: { url: string; body: string | Uint8Array; resends: number } | undefined;
  let open = true;
  return {
    span,
    startAttempt(attemptUrl, body) {
      const resends = previous && previous.url === attemptUrl && previous.body === body ? previous.resends + 1 : 0;
      previous = { url: attemptUrl, body, resends };
      const attempt = options.tracer.startSpan(
        'POST',
        {
          kind: spanKindClient,
          attributes: dropUndefined({ 'http.request.method': 'POST', 'url.full': safeUrl(attemptUrl)?.href, 'http.request.resend_count': resends > 0 ? resends : undefined }),
        },
        parent,
      );
      return {
        end(response, error) {
          if (response) {
            attempt.setAttribute('http.response.status_code', response.status);
            const requestId = response.headers.get('x-amzn-requestid');
            if (requestId) attempt.setAttribute('aws.request_id', requestId);
            if (response.status >= 400) markFailed(attempt, String(response.status), `HTTP ${response.status}`);
          } else {
            markFailed(attempt, networkErrorType(error), describe(error));
          }
          attempt.end();
        },
      };
    },
    end(attributes) {
      if (!open) return;
      open = false;
      span.setAttributes(dropUndefined(attributes));
      span.end();
    },
    fail(error) {
      if (!open) return;
      open = false;
      const { requestId, status } = (error ?? {}) as Partial<BedrockError>;
      span.setAttributes(dropUndefined({ 'aws.request_id': requestId, 'http.response.status_code': status }));
      span.recordException(error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error));
      markFailed(span, error instanceof Error ? error.name : 'Error', describe(error));
      span.end();
    },
  };
}

/**
 * `generateText` / `streamText` traced: the call's span (`chat {model}`) around the tool loop, its attempts
 * as children. The loop has not started when this runs (generators are lazy), so every attempt sees the hook.
 */
export async function* traceTextCall(
  options: TelemetryOptions,
  context: CallContext,
  model: string,
  request: ModelRequest,
  loop: AsyncGenerator<StreamEvent, GenerateTextResult>,
): AsyncGenerator<StreamEvent, GenerateTextResult> {
  const call = startCallSpan(options, {
    operation: 'chat',
    model,
    endpoint: context.endpoint,
    attributes: {
      'gen_ai.request.max_tokens': request.maxTokens,
      'gen_ai.request.temperature': request.temperature,
      'gen_ai.request.top_p': request.topP,
      'gen_ai.request.stop_sequences': request.stopSequences,
      'gen_ai.request.stream': request.stream,
      'gen_ai.system_instructions': options.recordInputs && request.system !== undefined ? JSON.stringify([{ type: 'text', content: request.system }]) : undefined,
      'gen_ai.input.messages': options.recordInputs ? JSON.stringify(request.messages.map(convertMessage)) : undefined,
    },
  });
  context.telemetry = call;
  try {
    const result = yield* loop;
    call.end(readResultAttributes(result, model, options.recordOutputs));
    return result;
  } catch (error) {
    call.fail(error);
    throw error;
  } finally {
    // The reader stopped early (`break`): the call ends without a result.
    call.end({});
  }
}

/** The GenAI attributes of a finished text call. */
export function readResultAttributes(result: GenerateTextResult, model: string, recordOutputs: boolean | undefined): Attributes {
  const { usage, finishReason } = result;
  return {
    'gen_ai.response.model': model,
    // Bedrock gives no completion ID; its request ID names the response (also in `aws.request_id`).
    'gen_ai.response.id': result.requestId,
    'aws.request_id': result.requestId,
    'gen_ai.response.finish_reasons': [mapFinishReason(finishReason)],
    'gen_ai.usage.input_tokens': usage.inputTokens,
    'gen_ai.usage.output_tokens': usage.outputTokens,
    'gen_ai.usage.cache_read.input_tokens': usage.cacheReadTokens,
    'gen_ai.usage.cache_creation.input_tokens': usage.cacheWriteTokens,
    'gen_ai.output.messages': recordOutputs
      ? JSON.stringify([{ role: 'assistant', parts: result.content.map(convertPart), finish_reason: mapFinishReason(finishReason) }])
      : undefined,
  };
}

/** The semantic conventions' finish reasons: `stop`, `length`, `content_filter`, `tool_call`, `error`. */
function mapFinishReason(reason: GenerateTextResult['finishReason']): string {
  return reason === 'tool-calls' ? 'tool_call' : reason === 'content-filter' ? 'content_filter' : reason;
}

/** A message in the conventions' shape (`{ role, parts: [{ type, content }] }`); media is named by type, never copied. */
function convertMessage(message: Message): { role: string; parts: unknown[] } {
  const { role, content } = message;
  return { role, parts: typeof content === 'string' ? [{ type: 'text', content }] : content.map(convertPart) };
}

function convertPart(part: Part): unknown {
  switch (part.type) {
    case 'text':
      return { type: 'text', content: part.text };
    case 'reasoning':
      return { type: 'reasoning', content: part.text };
    case 'tool-call':
      return { type: 'tool_call', id: part.id, name: part.name, arguments: part.input };
    case 'tool-result':
      return { type: 'tool_call_response', id: part.id, response: part.output };
    default:
      return { type: part.type };
  }
}

/** A URL without user, password or query (a presigned query would carry a signature). */
function safeUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    url.username = url.password = url.search = url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

/** The `error.type` of a failed `fetch`: the system code of its cause (`ENOTFOUND`, `ECONNRESET`), else its name. */
function networkErrorType(error: unknown): string {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return error instanceof Error ? error.name : 'Error';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function markFailed(span: TelemetrySpan, type: string, message: string): void {
  span.setAttribute('error.type', type);
  span.setStatus({ code: statusError, message });
}

function dropUndefined(attributes: Attributes): Record<string, TelemetryAttributeValue> {
  const kept: Record<string, TelemetryAttributeValue> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) kept[key] = value;
  return kept;
}

/** An OpenTelemetry `Context` holding `span` as the parent, built without the API package (its interface is three methods). */
function createSpanContext(span: TelemetrySpan): unknown {
  const create = (values: Map<symbol, unknown>) => ({
    getValue: (key: symbol) => values.get(key),
    setValue: (key: symbol, value: unknown) => create(new Map(values).set(key, value)),
    deleteValue: (key: symbol) => {
      const copy = new Map(values);
      copy.delete(key);
      return create(copy);
    },
  });
  return create(new Map([[spanContextKey, span]]));
}
