import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { amazonEmbed } from '@bedrock-kit/amazon';
import { anthropic } from '@bedrock-kit/anthropic';
import { ThrottlingError, ValidationError } from '@bedrock-kit/core';
import { emulatorApiKey, emulatorCredentials, GUARDRAIL_TRIGGER } from '@bedrock-kit/emulator';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import {
  ATTR_AWS_BEDROCK_GUARDRAIL_ID,
  ATTR_AWS_REQUEST_ID,
  ATTR_GEN_AI_EMBEDDINGS_DIMENSION_COUNT,
  ATTR_GEN_AI_INPUT_MESSAGES,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_OUTPUT_MESSAGES,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MAX_TOKENS,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_REQUEST_TEMPERATURE,
  ATTR_GEN_AI_REQUEST_TOP_P,
  ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  ATTR_GEN_AI_RESPONSE_ID,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_SYSTEM_INSTRUCTIONS,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  GEN_AI_OPERATION_NAME_VALUE_EMBEDDINGS,
  GEN_AI_PROVIDER_NAME_VALUE_AWS_BEDROCK,
} from '@opentelemetry/semantic-conventions/incubating';
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_URL_FULL } from '@opentelemetry/semantic-conventions';
import { afterEach, describe, expect, it } from 'vitest';
import type { BedrockOptions } from '../client/bedrock-options';
import { createBedrock } from '../create-bedrock';
import { streamText } from '../calls/stream-text';
import { countTokens } from '../calls/count-tokens';
import { embedMany } from '../calls/embed-many';
import { createBedrockClient } from '../client/create-bedrock-client';
import { useEmulator } from './emulator.test-support';
import { failure } from './fault-matrix.test-support';

/**
 * OpenTelemetry spans of real calls against the emulator, collected by the SDK's in-memory exporter:
 * one span per call, one child per HTTP attempt, the GenAI and HTTP semantic-convention attributes
 * (names taken from @opentelemetry/semantic-conventions, so a misspelt attribute fails here).
 */

const context = useEmulator({ credentials: [emulatorCredentials] });
const claude = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('telemetry-on-the-wire');

afterEach(() => exporter.reset());

function bedrock(options: Partial<BedrockOptions> = {}) {
  return createBedrock({ families: [anthropic], endpoint: context.emulator.url, apiKey: emulatorApiKey, random: () => 0, telemetry: { tracer }, ...options });
}

/** The finished spans: the call span and its attempt children, checked to share one trace. */
function readSpans(): { call: ReadableSpan; attempts: ReadableSpan[] } {
  const spans = exporter.getFinishedSpans();
  const calls = spans.filter((span) => span.attributes[ATTR_GEN_AI_OPERATION_NAME] !== undefined);
  expect(calls).toHaveLength(1);
  const call = calls[0]!;
  const attempts = spans.filter((span) => span !== call);
  for (const attempt of attempts) {
    expect(attempt.parentSpanContext?.spanId).toBe(call.spanContext().spanId);
    expect(attempt.spanContext().traceId).toBe(call.spanContext().traceId);
  }
  return { call, attempts };
}

describe('telemetry: spans of generateText and streamText', () => {
  it('generateText: a `chat {model}` CLIENT span with the GenAI attributes, and one POST child with the HTTP attributes', async () => {
    const result = await bedrock().generateText({ model: `bedrock:${claude}`, prompt: 'Hello spans', maxTokens: 99, temperature: 0.5, topP: 0.9 });
    const { call, attempts } = readSpans();
    expect(call.name).toBe(`chat ${claude}`);
    expect(call.kind).toBe(SpanKind.CLIENT);
    expect(call.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(call.attributes).toMatchObject({
      [ATTR_GEN_AI_OPERATION_NAME]: 'chat',
      [ATTR_GEN_AI_PROVIDER_NAME]: GEN_AI_PROVIDER_NAME_VALUE_AWS_BEDROCK,
      [ATTR_GEN_AI_REQUEST_MODEL]: claude,
      [ATTR_GEN_AI_REQUEST_MAX_TOKENS]: 99,
      [ATTR_GEN_AI_REQUEST_TEMPERATURE]: 0.5,
      [ATTR_GEN_AI_REQUEST_TOP_P]: 0.9,
      [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: result.usage.inputTokens,
      [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: result.usage.outputTokens,
      [ATTR_GEN_AI_RESPONSE_FINISH_REASONS]: ['stop'],
      [ATTR_GEN_AI_RESPONSE_ID]: result.requestId,
      [ATTR_AWS_REQUEST_ID]: result.requestId,
      'server.address': '127.0.0.1',
    });
    expect(result.requestId).toMatch(/\S/);
    // Prompts and outputs only when asked.
    expect(call.attributes[ATTR_GEN_AI_INPUT_MESSAGES]).toBeUndefined();
    expect(call.attributes[ATTR_GEN_AI_OUTPUT_MESSAGES]).toBeUndefined();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.name).toBe('POST');
    expect(attempts[0]!.attributes).toMatchObject({
      [ATTR_HTTP_REQUEST_METHOD]: 'POST',
      [ATTR_URL_FULL]: `${context.emulator.url}/model/${encodeURIComponent(claude)}/invoke`,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200,
    });
    expect(attempts[0]!.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT]).toBeUndefined();
  });

  it('streamText (the tree-shakable call): the span ends when the stream does, with usage and finish reason', async () => {
    const client = bedrock();
    const stream = streamText(client, { model: claude, prompt: 'Stream spans' });
    let text = '';
    for await (const delta of stream.textStream) text += delta;
    expect(text).toContain('Stream spans');
    const result = await stream.result;
    const { call, attempts } = readSpans();
    expect(call.name).toBe(`chat ${claude}`);
    expect(call.attributes).toMatchObject({
      'gen_ai.request.stream': true,
      [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: result.usage.outputTokens,
      [ATTR_GEN_AI_RESPONSE_FINISH_REASONS]: ['stop'],
    });
    expect(attempts.map((span) => span.attributes[ATTR_URL_FULL])).toEqual([`${context.emulator.url}/model/${encodeURIComponent(claude)}/invoke-with-response-stream`]);
  });

  it('a tool loop: one call span, one attempt per step, none counted as a resend', async () => {
    const weather = { description: 'Weather', inputSchema: { type: 'object', properties: { city: { type: 'string' } } }, execute: async () => ({ temperatureC: 3 }) };
    const result = await bedrock().generateText({ model: claude, prompt: 'Weather in Oslo?', tools: { weather }, toolChoice: { tool: 'weather' }, maxSteps: 2 });
    expect(result.steps).toHaveLength(2);
    const { call, attempts } = readSpans();
    expect(attempts).toHaveLength(2);
    expect(attempts.map((span) => span.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT])).toEqual([undefined, undefined]);
    expect(call.attributes[ATTR_GEN_AI_USAGE_INPUT_TOKENS]).toBe(result.usage.inputTokens);
  });

  it('a stream the reader leaves early still ends its call span', async () => {
    const stream = streamText(bedrock(), { model: claude, prompt: 'Leave early please' });
    for await (const _ of stream.textStream) break;
    await stream.result.catch(() => undefined);
    const { call, attempts } = readSpans();
    expect(call.ended).toBe(true);
    expect(attempts).toHaveLength(1);
  });

  it('a retried 429: two attempt spans, the first failed with 429, the second with http.request.resend_count 1', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 } });
    const result = await bedrock().generateText({ model: claude, prompt: 'retry me' });
    expect(result.text).toContain('retry me');
    const { call, attempts } = readSpans();
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.attributes).toMatchObject({ [ATTR_HTTP_RESPONSE_STATUS_CODE]: 429, [ATTR_ERROR_TYPE]: '429' });
    expect(attempts[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(attempts[0]!.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT]).toBeUndefined();
    expect(attempts[1]!.attributes).toMatchObject({ [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200, [ATTR_HTTP_REQUEST_RESEND_COUNT]: 1 });
    expect(attempts[1]!.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(call.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it('retries spent: the call span has ERROR status, error.type ThrottlingError, the exception recorded, three attempts', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 }, times: 3 });
    const error = await failure(bedrock().generateText({ model: claude, prompt: 'x' }));
    expect(ThrottlingError.isInstance(error)).toBe(true);
    const { call, attempts } = readSpans();
    expect(attempts.map((span) => span.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT])).toEqual([undefined, 1, 2]);
    expect(call.status).toMatchObject({ code: SpanStatusCode.ERROR });
    expect(call.attributes).toMatchObject({ [ATTR_ERROR_TYPE]: 'ThrottlingError', [ATTR_HTTP_RESPONSE_STATUS_CODE]: 429 });
    expect(call.events.map((event) => event.name)).toContain('exception');
  });

  it('a 400 is one failed attempt and a failed call (error.type ValidationError)', async () => {
    context.emulator.enqueue({ error: { type: 'ValidationException', message: 'The model is bad.' } });
    const error = await failure(bedrock().generateText({ model: claude, prompt: 'x' }));
    expect(ValidationError.isInstance(error)).toBe(true);
    const { call, attempts } = readSpans();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.attributes[ATTR_ERROR_TYPE]).toBe('400');
    expect(call.attributes[ATTR_ERROR_TYPE]).toBe('ValidationError');
    expect(call.status.message).toContain('The model is bad.');
  });

  it('a connection refused: the attempt span carries the system error code as error.type, the error message its cause', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const error = await failure(bedrock({ endpoint: `http://127.0.0.1:${port}`, maxRetries: 0 }).generateText({ model: claude, prompt: 'x' }));
    expect(error?.name).toBe('ServiceError');
    expect(error?.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    const { call, attempts } = readSpans();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.attributes[ATTR_ERROR_TYPE]).toBe('ECONNREFUSED');
    expect(attempts[0]!.attributes[ATTR_HTTP_RESPONSE_STATUS_CODE]).toBeUndefined();
    expect(call.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('recordInputs / recordOutputs put the system prompt, the messages and the answer on the call span', async () => {
    const result = await bedrock({ telemetry: { tracer, recordInputs: true, recordOutputs: true } }).generateText({ model: claude, system: 'Be brief', prompt: 'Record me' });
    const { call } = readSpans();
    expect(JSON.parse(String(call.attributes[ATTR_GEN_AI_SYSTEM_INSTRUCTIONS]))).toEqual([{ type: 'text', content: 'Be brief' }]);
    expect(JSON.parse(String(call.attributes[ATTR_GEN_AI_INPUT_MESSAGES]))).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'Record me' }] }]);
    expect(JSON.parse(String(call.attributes[ATTR_GEN_AI_OUTPUT_MESSAGES]))).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: result.text }], finish_reason: 'stop' }]);
  });

  it('the call span is a child of the caller\'s active span', async () => {
    const { AsyncLocalStorageContextManager } = await import('./async-context-manager.test-support');
    const manager = new AsyncLocalStorageContextManager();
    const { context: api } = await import('@opentelemetry/api');
    api.setGlobalContextManager(manager);
    try {
      const parent = tracer.startSpan('handle request');
      await api.with(trace.setSpan(api.active(), parent), () => bedrock().generateText({ model: claude, prompt: 'child' }));
      parent.end();
      const spans = exporter.getFinishedSpans();
      const call = spans.find((span) => span.name === `chat ${claude}`)!;
      expect(call.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    } finally {
      api.disable();
    }
  });
});

describe('telemetry: spans of embed, embedMany, countTokens and applyGuardrail', () => {
  const sonnet37 = 'anthropic.claude-3-7-sonnet-20250219-v1:0';
  const titan = 'amazon.titan-embed-text-v2:0';
  const traced = (options: Partial<BedrockOptions> = {}) => bedrock({ families: [anthropic, amazonEmbed], ...options });

  it('countTokens: a `count_tokens {model}` CLIENT span with the input tokens and request ID, one POST child', async () => {
    const result = await traced().countTokens({ model: `us.${sonnet37}`, prompt: 'Count my tokens' });
    const { call, attempts } = readSpans();
    expect(call.name).toBe(`count_tokens us.${sonnet37}`);
    expect(call.kind).toBe(SpanKind.CLIENT);
    expect(call.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(result.inputTokens).toBeGreaterThan(0);
    expect(call.attributes).toMatchObject({
      [ATTR_GEN_AI_OPERATION_NAME]: 'count_tokens',
      [ATTR_GEN_AI_PROVIDER_NAME]: GEN_AI_PROVIDER_NAME_VALUE_AWS_BEDROCK,
      [ATTR_GEN_AI_REQUEST_MODEL]: `us.${sonnet37}`,
      [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: result.inputTokens,
      [ATTR_AWS_REQUEST_ID]: result.requestId,
      'server.address': '127.0.0.1',
    });
    expect(result.requestId).toBe(context.emulator.requests[0]!.requestId);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.attributes).toMatchObject({
      [ATTR_HTTP_REQUEST_METHOD]: 'POST',
      [ATTR_URL_FULL]: `${context.emulator.url}/model/${encodeURIComponent(sonnet37)}/count-tokens`,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200,
      [ATTR_AWS_REQUEST_ID]: result.requestId,
    });
  });

  it('countTokens (the tree-shakable call) refused with a 400: a failed call span (error.type ValidationError) and a failed attempt', async () => {
    context.emulator.enqueue({ error: { type: 'ValidationException', message: 'Cannot count this.' } });
    const client = createBedrockClient({ families: [anthropic], endpoint: context.emulator.url, apiKey: emulatorApiKey, telemetry: { tracer } });
    const error = await failure(countTokens(client, { model: `us.${sonnet37}`, prompt: 'x' }));
    expect(ValidationError.isInstance(error)).toBe(true);
    const { call, attempts } = readSpans();
    expect(call.name).toBe(`count_tokens us.${sonnet37}`);
    expect(call.status).toMatchObject({ code: SpanStatusCode.ERROR });
    expect(call.status.message).toContain('Cannot count this.');
    expect(call.attributes).toMatchObject({ [ATTR_ERROR_TYPE]: 'ValidationError', [ATTR_HTTP_RESPONSE_STATUS_CODE]: 400 });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.attributes[ATTR_ERROR_TYPE]).toBe('400');
  });

  it('embed: an `embeddings {model}` span with the input tokens, the vector size and the request ID; a retried 429 is two attempts', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 } });
    const result = await traced().embed({ model: titan, value: 'sunny day', dimensions: 256 });
    const { call, attempts } = readSpans();
    expect(call.name).toBe(`embeddings ${titan}`);
    const answered = context.emulator.requests[1]!;
    expect(call.attributes).toMatchObject({
      [ATTR_GEN_AI_OPERATION_NAME]: GEN_AI_OPERATION_NAME_VALUE_EMBEDDINGS,
      [ATTR_GEN_AI_REQUEST_MODEL]: titan,
      [ATTR_GEN_AI_RESPONSE_MODEL]: titan,
      [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: result.usage.inputTokens,
      [ATTR_GEN_AI_EMBEDDINGS_DIMENSION_COUNT]: 256,
      [ATTR_AWS_REQUEST_ID]: answered.requestId,
    });
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(attempts.map((span) => [span.attributes[ATTR_HTTP_RESPONSE_STATUS_CODE], span.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT]])).toEqual([
      [429, undefined],
      [200, 1],
    ]);
    expect(attempts[1]!.attributes[ATTR_URL_FULL]).toBe(`${context.emulator.url}/model/${encodeURIComponent(titan)}/invoke`);
  });

  it('embedMany: one span over every batch, one attempt per request, the input tokens summed; no single request ID on the call', async () => {
    const client = createBedrockClient({ families: [amazonEmbed], endpoint: context.emulator.url, apiKey: emulatorApiKey, telemetry: { tracer } });
    const result = await embedMany(client, { model: titan, values: ['one', 'two', 'three'], maxConcurrency: 1 });
    const { call, attempts } = readSpans();
    expect(attempts).toHaveLength(3);
    expect(attempts.map((span) => span.attributes[ATTR_AWS_REQUEST_ID]).sort()).toEqual(context.emulator.requests.map((request) => request.requestId).sort());
    expect(call.attributes).toMatchObject({ [ATTR_GEN_AI_OPERATION_NAME]: 'embeddings', [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: result.usage.inputTokens });
    expect(call.attributes[ATTR_AWS_REQUEST_ID]).toBeUndefined();
  });

  it('applyGuardrail: an `apply_guardrail {id}` span naming the guardrail, with the request ID', async () => {
    const result = await traced().applyGuardrail({ guardrail: { id: 'gr1abc', version: '1' }, source: 'input', content: [{ type: 'text', text: `About the ${GUARDRAIL_TRIGGER}` }] });
    expect(result.action).toBe('intervened');
    const { call, attempts } = readSpans();
    expect(call.name).toBe('apply_guardrail gr1abc');
    expect(call.attributes).toMatchObject({
      [ATTR_GEN_AI_OPERATION_NAME]: 'apply_guardrail',
      [ATTR_AWS_BEDROCK_GUARDRAIL_ID]: 'gr1abc',
      [ATTR_AWS_REQUEST_ID]: result.requestId,
    });
    expect(call.attributes[ATTR_GEN_AI_RESPONSE_MODEL]).toBeUndefined();
    expect(attempts.map((span) => span.attributes[ATTR_URL_FULL])).toEqual([`${context.emulator.url}/guardrail/gr1abc/version/1/apply`]);
  });

  it('without telemetry these calls make no span', async () => {
    const untraced = createBedrock({ families: [anthropic, amazonEmbed], endpoint: context.emulator.url, apiKey: emulatorApiKey });
    await untraced.countTokens({ model: `us.${sonnet37}`, prompt: 'x' });
    await untraced.embed({ model: titan, value: 'x' });
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

describe('telemetry: no secret in any span', () => {
  it('API key, secret key, session token and signature appear in no attribute, event or status, on success and failure', async () => {
    const signatures: string[] = [];
    context.emulator.onRequest((request) => {
      const signature = /Signature=([0-9a-f]+)/.exec(request.headers.authorization ?? '')?.[1];
      if (signature) signatures.push(signature);
    });
    const sigv4 = bedrock({ apiKey: undefined, ...emulatorCredentials, telemetry: { tracer, recordInputs: true, recordOutputs: true } });
    await sigv4.generateText({ model: claude, prompt: 'canary' });
    context.emulator.enqueue({ error: { type: 'AccessDeniedException', status: 403 } });
    await failure(sigv4.generateText({ model: claude, prompt: 'canary' }));
    await failure(bedrock({ apiKey: undefined, accessKeyId: emulatorCredentials.accessKeyId, secretAccessKey: 'canary-wrong-secret-key-0123456789' }).generateText({ model: claude, prompt: 'x' }));
    await bedrock({ telemetry: { tracer, recordInputs: true, recordOutputs: true } }).generateText({ model: claude, prompt: 'bearer' });
    const spans = exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThanOrEqual(8);
    expect(signatures.length).toBeGreaterThanOrEqual(2);
    const seen = spans.map((span) => inspect({ name: span.name, attributes: span.attributes, events: span.events, status: span.status, links: span.links }, { depth: 10 })).join('\n');
    for (const secret of [emulatorApiKey, emulatorCredentials.secretAccessKey, 'canary-wrong-secret-key-0123456789', ...signatures]) {
      expect(seen).not.toContain(secret);
    }
    expect(seen).not.toMatch(/authorization|x-amz-security-token|Signature=/i);
  });
});
