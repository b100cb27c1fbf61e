import {
  AbortError,
  AuthError,
  BedrockError,
  InputError,
  ObjectValidationError,
  ServiceError,
  SignatureExpiredError,
  ThrottlingError,
  ValidationError,
} from '@bedrock-kit/core';
import { emulatorApiKey, emulatorCredentials } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';

const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
const bedrock = (options: Parameters<typeof createBedrock>[0] = {}) =>
  createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, ...options });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as BedrockError);

describe('errors on the wire', () => {
  it('AuthError for a bad API key, with status and request id', async () => {
    const error = await failure(bedrock({ apiKey: 'wrong-key' }).generateText({ model, prompt: 'x' }));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, retryable: false });
    expect(error!.requestId).toBe(context.emulator.requests[0]!.requestId);
    expect(context.emulator.requests).toHaveLength(1);
  });

  it('AuthError for a bad SigV4 signature', async () => {
    const error = await failure(bedrock({ apiKey: undefined, accessKeyId: emulatorCredentials.accessKeyId, secretAccessKey: 'wrong' }).generateText({ model, prompt: 'x' }));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error!.errorType).toBe('InvalidSignatureException');
  });

  it('SignatureExpiredError when the answer comes after the 5-minute window, with the explanation', async () => {
    // One simulated clock for both sides: the generation "takes" 6 minutes, the clocks agree.
    context.emulator.enqueue({ advanceClockMs: 6 * 60_000 });
    const shared = { now: () => context.emulator.clock.now() };
    const error = await failure(bedrock({ apiKey: undefined, ...emulatorCredentials, ...shared }).generateText({ model, prompt: 'x' }));
    expect(SignatureExpiredError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/Signature expired/);
    expect(error!.message).toMatch(/valid for 5 minutes/);
    expect(error!.message).toMatch(/faster model|maxTokens|API key/);
    expect(context.emulator.requests).toHaveLength(1); // a genuine overrun is not blindly retried
  });

  it('a 10-minute clock skew is learned from the server Date, re-signed and retried once', async () => {
    context.emulator.clock.advance(10 * 60_000); // the server's clock is 10 minutes ahead of ours
    const client = bedrock({ apiKey: undefined, ...emulatorCredentials });
    const result = await client.generateText({ model, prompt: 'skew' });
    expect(result.text).toContain('skew');
    expect(context.emulator.requests).toHaveLength(2);
    await client.generateText({ model, prompt: 'again' });
    expect(context.emulator.requests).toHaveLength(3); // the offset is kept: no second rejection
  });

  it('ThrottlingError after the retries are spent (1 + maxRetries attempts)', async () => {
    context.emulator.enqueue({ error: { type: 'ThrottlingException', retryAfter: 0 }, times: 3 });
    const error = await failure(bedrock().generateText({ model, prompt: 'x' }));
    expect(ThrottlingError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryable: true, errorType: 'ThrottlingException' });
    expect(context.emulator.requests).toHaveLength(3);
  });

  it('ValidationError for a 400, with the error type stripped of its suffix', async () => {
    context.emulator.enqueue({ error: { type: 'ValidationException', message: 'The model is bad.', typeSuffix: 'http://internal.amazon.com/coral/com.amazon.bedrock/' } });
    const error = await failure(bedrock().generateText({ model, prompt: 'x' }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, errorType: 'ValidationException', message: 'The model is bad.' });
    expect(context.emulator.requests).toHaveLength(1);
  });

  it('ServiceError for a 500, retried, then success', async () => {
    context.emulator.enqueue({ error: { type: 'InternalServerException', status: 500 } });
    const result = await bedrock().generateText({ model, prompt: 'again' });
    expect(result.text).toContain('again');
    expect(context.emulator.requests).toHaveLength(2);
  });

  it('ServiceError (not retryable) for an unknown 4xx', async () => {
    context.emulator.enqueue({ error: { type: 'ResourceNotFoundException', status: 404, message: 'Model not found' } });
    const error = await failure(bedrock().generateText({ model, prompt: 'x' }));
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, retryable: false });
  });

  it('the emulator validates the Converse body against the service model (and we send a valid one)', async () => {
    await bedrock().generateText({
      model,
      system: 'Be brief.',
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Look' }, { type: 'image', data: new Uint8Array([137, 80, 78, 71]), mediaType: 'image/png' }] },
        { role: 'assistant', content: 'Seen.' },
        { role: 'user', content: [{ type: 'document', data: 'aGVsbG8=', mediaType: 'text/plain', name: 'notes' }, { type: 'text', text: 'And this?' }] },
      ],
      maxTokens: 50,
      temperature: 0,
      topP: 0.9,
      stopSequences: ['END'],
      providerOptions: { additionalModelRequestFields: { top_k: 5 } },
    });
    const body = context.emulator.requests[0]!.body as Record<string, unknown>;
    expect(body.inferenceConfig).toEqual({ maxTokens: 50, temperature: 0, topP: 0.9, stopSequences: ['END'] });
    expect(body.additionalModelRequestFields).toEqual({ top_k: 5 });
  });

  it('InputError before any network call', async () => {
    const error = await failure(bedrock().generateText({ model, messages: [] }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('AbortError when the signal fires while the answer is held', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ holdBeforeFirstByte: gate });
    const controller = new AbortController();
    const pending = failure(bedrock().generateText({ model, prompt: 'x', abortSignal: controller.signal }));
    await gate.reached;
    controller.abort();
    const error = await pending;
    gate.release();
    expect(AbortError.isInstance(error)).toBe(true);
  });

  it('AbortError at once for an already-aborted signal', async () => {
    const error = await failure(bedrock().generateText({ model, prompt: 'x', abortSignal: AbortSignal.abort() }));
    expect(AbortError.isInstance(error)).toBe(true);
  });

  it('ObjectValidationError carries the raw output when the object does not match', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'json', input: { name: 42 } }] } });
    const error = await failure(bedrock().generateObject({ model, prompt: 'person', schema: z.object({ name: z.string() }) }));
    expect(ObjectValidationError.isInstance(error)).toBe(true);
    expect((error as ObjectValidationError).raw).toEqual({ name: 42 });
    expect((error as ObjectValidationError).issues.length).toBeGreaterThan(0);
  });
});
