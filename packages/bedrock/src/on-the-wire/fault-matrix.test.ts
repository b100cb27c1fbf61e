import {
  AuthError,
  ServiceError,
  SignatureExpiredError,
  StreamError,
  ThrottlingError,
  type BedrockError,
  type GenerateTextResult,
  type StreamEvent,
} from '@bedrock-kit/core';
import { emulatorCredentials, type Script } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import type { Bedrock } from '../create-bedrock';
import { drain, expectSignedAtSendTime, failure, textOf, useFaultEmulator } from './fault-matrix.test-support';

/**
 * Every emulator fault × {generateText, streamText}: the typed error, its
 * `retryable` and `errorType`, the number of attempts, `partial` once output
 * flowed, and that each attempt was signed at its own send time (the shared
 * simulated clock moves 1 s per request). Backoff jitter is 0 (`random`), so
 * retries are instant. Watchdog faults are in fault-matrix-watchdog.test.ts.
 */

const model = 'amazon.nova-lite-v1:0';
const setup = useFaultEmulator();
const emulator = () => setup.context.emulator;
/** Converse-stream frames: 0 messageStart, 1–4 the four words, 5 contentBlockStop, 6 messageStop, 7 metadata. */
const reply = { text: 'alpha beta gamma delta' };
const framesBeforeFirstWord = 1;
const framesAfterTwoWords = 3;

type Call = 'generateText' | 'streamText';
interface Outcome {
  error: BedrockError | undefined;
  text: string | undefined;
  events: StreamEvent[];
  result: GenerateTextResult | undefined;
}

async function run(call: Call, client: Bedrock, prompt = 'x'): Promise<Outcome> {
  if (call === 'generateText') {
    let result: GenerateTextResult | undefined;
    const error = await failure(client.generateText({ model, prompt }).then((r) => (result = r)));
    return { error, text: result?.text, events: [], result };
  }
  const { events, error, result } = await drain(client.streamText({ model, prompt }));
  return { error, text: result?.text, events, result };
}

const calls: Call[] = ['generateText', 'streamText'];

describe.each(calls)('fault matrix: %s', (call) => {
  it.each([
    { status: 429, type: 'ThrottlingException', errorName: 'ThrottlingError', is: (e: unknown) => ThrottlingError.isInstance(e) },
    { status: 503, type: 'ServiceUnavailableException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e) },
    { status: 500, type: 'InternalServerException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e) },
    { status: 408, type: 'ModelTimeoutException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e) },
    { status: 429, type: 'ModelNotReadyException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e) },
  ])('HTTP $status $type every time: $errorName after 1 + maxRetries attempts, each re-signed', async ({ status, type, errorName, is }) => {
    emulator().enqueue({ error: { type, status }, times: 3 });
    const { error, events } = await run(call, setup.client());
    expect(is(error)).toBe(true);
    expect(error).toMatchObject({ name: errorName, status, errorType: type, retryable: true });
    expect(events).toEqual([]);
    expectSignedAtSendTime(emulator(), 3);
  });

  it.each([
    { status: 429, type: 'ThrottlingException' },
    { status: 503, type: 'ServiceUnavailableException' },
    { status: 500, type: 'InternalServerException' },
  ])('HTTP $status once, then success on the re-signed second attempt', async ({ status, type }) => {
    emulator().enqueue({ error: { type, status } }, { reply });
    const { error, text } = await run(call, setup.client());
    expect(error).toBeUndefined();
    expect(text).toBe(reply.text);
    expectSignedAtSendTime(emulator(), 2);
  });

  it('every attempt re-reads the credentials (a provider whose keys are about to expire is asked again)', async () => {
    emulator().enqueue({ error: { type: 'ThrottlingException' }, times: 2 }, { reply });
    let asked = 0;
    const credentials = async () => {
      asked++;
      return { ...emulatorCredentials, expiration: new Date(setup.time.ms + 60_000) }; // inside the 5-minute refresh window
    };
    const { error } = await run(call, setup.client({ accessKeyId: undefined, secretAccessKey: undefined, credentials }));
    expect(error).toBeUndefined();
    expect(asked).toBe(3);
    expectSignedAtSendTime(emulator(), 3);
  });

  it('maxRetries: 0 makes one attempt', async () => {
    emulator().enqueue({ error: { type: 'ThrottlingException' }, times: 3 });
    const { error } = await run(call, setup.client({ maxRetries: 0 }));
    expect(ThrottlingError.isInstance(error)).toBe(true);
    expect(emulator().requests).toHaveLength(1);
  });

  it('expired signature (a genuine 6-minute overrun on the shared clock): SignatureExpiredError, not retried', async () => {
    // The generation "takes" 6 minutes: both clocks move together, so there is no skew to correct.
    setup.onReceive(() => (setup.time.ms += 6 * 60_000));
    emulator().enqueue({ reply });
    const { error, text } = await run(call, setup.client());
    expect(SignatureExpiredError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, retryable: false, errorType: 'InvalidSignatureException' });
    expect(error!.message).toMatch(/Signature expired/);
    expect(text).toBeUndefined();
    expectSignedAtSendTime(emulator(), 1);
  });

  it('10-minute clock skew (only the emulator ahead): the offset is learned from Date, re-signed, retried once, and kept', async () => {
    emulator().clock.advance(10 * 60_000);
    emulator().enqueue({ reply }, { reply });
    const client = setup.client();
    const first = await run(call, client);
    expect(first.error).toBeUndefined();
    expect(first.text).toBe(reply.text);
    // Attempt 2 is signed with the server's time: 10 minutes after attempt 1, plus the second that passed.
    expectSignedAtSendTime(emulator(), 2, { attempt: 1, offsetMs: 10 * 60_000 });
    expect(AuthError.isInstance(first.error)).toBe(false);

    const second = await run(call, client);
    expect(second.error).toBeUndefined();
    expect(emulator().requests).toHaveLength(3); // no second rejection: later requests use the offset
    expect(emulator().requests[2]!.status).toBe(200);
  });

  it('a skew that persists after correcting is not retried again', async () => {
    emulator().clock.advance(10 * 60_000);
    // When the corrected attempt arrives the server clock has jumped another 10 minutes: the one skew retry is spent.
    setup.onReceive((request) => {
      if (request.number === 2) emulator().clock.advance(10 * 60_000);
    });
    const { error } = await run(call, setup.client());
    expect(SignatureExpiredError.isInstance(error)).toBe(true);
    expect(emulator().requests).toHaveLength(2);
  });
});

describe('fault matrix: generateText and faults that only exist inside a stream', () => {
  // A non-streaming call has no stream: these scripts apply to stream routes only, so the
  // service answers generateText normally. Its own forms of these faults are the HTTP rows above
  // (the service's throttling of a non-streaming call is a 429) and the reset row below.
  it.each([
    { name: 'in-stream throttling before the first token', script: { exceptionAfterEvents: { afterEvents: framesBeforeFirstWord, type: 'throttlingException' } } },
    { name: 'in-stream throttling after the first token', script: { exceptionAfterEvents: { afterEvents: framesAfterTwoWords, type: 'throttlingException' } } },
  ] satisfies { name: string; script: Script }[])('$name: not applicable, one attempt, the whole answer', async ({ script }) => {
    emulator().enqueue({ reply, ...script });
    const { error, text } = await run('generateText', setup.client());
    expect(error).toBeUndefined();
    expect(text).toBe(reply.text);
    expectSignedAtSendTime(emulator(), 1);
  });

  it('connection reset before the answer: ServiceError (network), retryable, re-signed retries', async () => {
    emulator().enqueue({ resetAfterEvents: 0, times: 3 });
    const { error } = await run('generateText', setup.client());
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryable: true });
    expect(error!.message).toMatch(/Network error/);
    expectSignedAtSendTime(emulator(), 3);
  });

  it('connection reset once, then success', async () => {
    emulator().enqueue({ resetAfterEvents: 0, resetMode: 'rst' }, { reply });
    const { error, text } = await run('generateText', setup.client());
    expect(error).toBeUndefined();
    expect(text).toBe(reply.text);
    expectSignedAtSendTime(emulator(), 2);
  });
});

describe('fault matrix: streamText, faults inside the stream', () => {
  it('in-stream throttling before the first token: retried like an HTTP 429; ThrottlingError once retries are spent', async () => {
    emulator().enqueue({ reply, exceptionAfterEvents: { afterEvents: framesBeforeFirstWord, type: 'throttlingException', message: 'Slow down.' }, times: 3 });
    const { error, events } = await run('streamText', setup.client());
    expect(ThrottlingError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryable: true, errorType: 'throttlingException', message: 'Slow down.' });
    expect(events).toEqual([]);
    expectSignedAtSendTime(emulator(), 3);
  });

  it('in-stream throttling before the first token, once: the retry streams the whole answer exactly once', async () => {
    emulator().enqueue({ reply, exceptionAfterEvents: { afterEvents: framesBeforeFirstWord, type: 'throttlingException' } }, { reply });
    const { error, events, result } = await run('streamText', setup.client());
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(reply.text);
    expect(result!.text).toBe(reply.text);
    expectSignedAtSendTime(emulator(), 2);
  });

  it('in-stream throttling after the first token: StreamError with partial (text so far), not retried', async () => {
    emulator().enqueue({ reply, exceptionAfterEvents: { afterEvents: framesAfterTwoWords, type: 'throttlingException', message: 'Slow down.' } });
    const { error, events } = await run('streamText', setup.client());
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorType: 'throttlingException', retryable: true });
    expect(error!.message).toMatch(/Slow down\./);
    expect(textOf(events)).toBe('alpha beta');
    const partial = (error as StreamError).partial!;
    expect(partial).toMatchObject({ text: 'alpha beta', finishReason: 'error', api: 'converse', toolCalls: [] });
    expect(partial.content).toEqual([{ type: 'text', text: 'alpha beta' }]);
    expect(partial.requestId).toBe(emulator().requests[0]!.requestId);
    expectSignedAtSendTime(emulator(), 1);
  });

  it('connection reset before the first token: retried, then the whole answer', async () => {
    emulator().enqueue({ reply, resetAfterEvents: framesBeforeFirstWord }, { reply });
    const { error, events } = await run('streamText', setup.client());
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(reply.text);
    expectSignedAtSendTime(emulator(), 2);
  });

  it.each(['close', 'rst'] as const)('connection reset mid-stream (%s): StreamError with the text so far, not retried', async (resetMode) => {
    emulator().enqueue({ reply, resetAfterEvents: framesAfterTwoWords, resetMode });
    const { error, events } = await run('streamText', setup.client());
    expect(StreamError.isInstance(error)).toBe(true);
    expect(error!.retryable).toBe(true);
    expect(textOf(events)).toBe('alpha beta');
    expect((error as StreamError).partial).toMatchObject({ text: 'alpha beta', finishReason: 'error' });
    expectSignedAtSendTime(emulator(), 1);
  });

  it('connection reset after the last event but before the end: partial has the text, the tool call and the usage', async () => {
    const content = [
      { type: 'text' as const, text: 'Looking it up.' },
      { type: 'tool-use' as const, name: 'lookup', input: { city: 'Oslo' }, id: 'tooluse_1' },
    ];
    // messageStart, 3 words, stop; tool start, empty input, 2 input pieces, stop; messageStop, metadata.
    const allFrames = 1 + 3 + 1 + 1 + 1 + 2 + 1 + 2;
    emulator().enqueue({ reply: { content, usage: { inputTokens: 11, outputTokens: 7 } }, resetAfterEvents: allFrames });
    const { error, events } = await run('streamText', setup.client());
    expect(StreamError.isInstance(error)).toBe(true);
    expect(events.map((e) => e.type)).not.toContain('finish'); // finish comes only with the end of the stream
    const partial = (error as StreamError).partial!;
    expect(partial.text).toBe('Looking it up.');
    expect(partial.toolCalls).toEqual([{ id: 'tooluse_1', name: 'lookup', input: { city: 'Oslo' } }]);
    expect(partial.usage).toMatchObject({ inputTokens: 11, outputTokens: 7, totalTokens: 18 });
    expect(partial.finishReason).toBe('tool-calls');
    expectSignedAtSendTime(emulator(), 1);
  });
});
