import { inspect } from 'node:util';
import { APICallError, generateText, streamText } from 'ai';
import { ConfigError, StreamError, ThrottlingError, ValidationError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrockKit } from '../src/index';
import { model, useEmulator } from './emulator.test-support';

const { context, provider } = useEmulator();

function failure(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('errors as ai users see them', () => {
  it('a 429 is an APICallError (statusCode, cause ThrottlingError); ai does not retry on top of bedrock-kit', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException', message: 'Too many requests, please wait.' }, times: 5 });
    // ai's own maxRetries is 2 by default; bedrock-kit's is set to 0 here, so exactly one request may be sent.
    const error = await failure(generateText({ model: provider({ maxRetries: 0 })(model), prompt: 'Hi' }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 429, isRetryable: false, message: 'Too many requests, please wait.', url: `bedrock:${model}` });
    expect(error.data).toMatchObject({ name: 'ThrottlingError', errorType: 'ThrottlingException', retryable: true });
    expect(ThrottlingError.isInstance(error.cause)).toBe(true);
    expect(error.responseHeaders['x-amzn-requestid']).toBe(context.emulator.requests[0]!.requestId);
    expect(context.emulator.requests).toHaveLength(1);
  });

  it('bedrock-kit retries a 429 itself (its maxRetries), so ai sees the success', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException' } });
    const result = await generateText({ model: provider({ random: () => 0 } as Parameters<typeof provider>[0])(model), prompt: 'Hi' });
    expect(result.text).toBe('Hello from the bedrock-kit emulator. You said: Hi');
    expect(context.emulator.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it('a 400 ValidationException is a non-retryable APICallError with the service message', async () => {
    context.emulator.enqueue({ error: { type: 'ValidationException', message: 'The model is bad.' } });
    const error = await failure(generateText({ model: provider()(model), prompt: 'Hi' }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, message: 'The model is bad.' });
    expect(ValidationError.isInstance(error.cause)).toBe(true);
    expect(error.requestBodyValues).toBeUndefined();
    expect(context.emulator.requests).toHaveLength(1);
  });

  it('a 429 while streaming reaches streamText as an error part and onError', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException' }, times: 3 });
    const errors: unknown[] = [];
    const result = streamText({ model: provider({ maxRetries: 0 })(model), prompt: 'Hi', onError: ({ error }) => void errors.push(error) });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(types).toContain('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ statusCode: 429 });
    expect(context.emulator.requests).toHaveLength(1);
  });

  it('an in-stream exception after output is bedrock-kit StreamError, with the text so far in partial', async () => {
    context.emulator.enqueue({ exceptionAfterEvents: { afterEvents: 4, type: 'modelStreamErrorException' } });
    const errors: unknown[] = [];
    const result = streamText({ model: provider()(model), prompt: 'Hello', onError: ({ error }) => void errors.push(error) });
    let text = '';
    for await (const part of result.fullStream) if (part.type === 'text-delta') text += part.text;
    expect(text.length).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
    const error = errors[0] as StreamError;
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error.partial?.text).toBe(text);
  });

  it('a refused API key: APICallError 403 whose inspect, JSON and message never show the key', async () => {
    const secret = 'ABSKc2VjcmV0LWtleS10aGF0LW11c3Qtbm90LWxlYWs=';
    const error = await failure(
      generateText({ model: provider({ maxRetries: 0 })(model), prompt: 'Hi', providerOptions: { bedrockKit: { apiKey: secret } } }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(403);
    expect(context.emulator.requests[0]!.headers.authorization).toBe(`Bearer ${secret}`);
    for (const shown of [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), String(error), JSON.stringify(error.data)]) {
      expect(shown).not.toContain(secret);
    }
  });

  it('missing credentials are bedrock-kit ConfigError, thrown before any request', async () => {
    const bedrockKit = createBedrockKit({ endpoint: context.emulator.url });
    const error = await failure(generateText({ model: bedrockKit(model), prompt: 'Hi' }));
    expect(ConfigError.isInstance(error)).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('missing credentials while streaming: the ConfigError reaches onError and the stream ends', async () => {
    const bedrockKit = createBedrockKit({ endpoint: context.emulator.url });
    const errors: unknown[] = [];
    const result = streamText({ model: bedrockKit(model), prompt: 'Hi', onError: ({ error }) => void errors.push(error) });
    const types: string[] = [];
    for await (const part of result.fullStream) types.push(part.type);
    expect(types).toContain('error');
    expect(ConfigError.isInstance(errors[0])).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('an aborted signal: bedrock-kit AbortError, which ai passes through by name; nothing is sent', async () => {
    const error = await failure(generateText({ model: provider()(model), prompt: 'Hi', abortSignal: AbortSignal.abort() }));
    expect(error?.name).toBe('AbortError');
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('embeddings without the embedding family configured: bedrock-kit ConfigError naming it, said when called, nothing sent', async () => {
    const { embed } = await import('ai');
    const error = await failure(embed({ model: provider().embeddingModel('amazon.titan-embed-text-v2:0'), value: 'x' }));
    expect(error?.name).toBe('ConfigError');
    expect(error?.message).toMatch(/amazonEmbed from @bedrock-kit\/amazon/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
