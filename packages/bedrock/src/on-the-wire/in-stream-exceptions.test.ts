import { anthropic } from '@bedrock-kit/anthropic';
import { BedrockError, ServiceError, StreamError, ThrottlingError, ValidationError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { drain, textOf, useFaultEmulator } from './fault-matrix.test-support';

/**
 * Exception frames inside a response stream (`:message-type: exception`,
 * `:exception-type: …`) on both stream routes: before any output they are
 * the typed error of API.md (retried when the type is transient); after
 * output reached the caller they are a `StreamError` with `partial`, the
 * frame's `errorType`, its message and whether resending could work.
 */

const setup = useFaultEmulator();
const emulator = () => setup.context.emulator;
const reply = { text: 'alpha beta gamma delta' };

const routes = [
  {
    // messageStart | alpha, beta, gamma, delta | …
    route: 'converse-stream',
    model: 'amazon.nova-lite-v1:0',
    beforeOutput: 1,
    afterTwoWords: 3,
    usageSoFar: { inputTokens: 0, outputTokens: 0 },
  },
  {
    // message_start (usage), content_block_start | alpha, beta, gamma, delta | …
    route: 'invoke-with-response-stream',
    model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    beforeOutput: 2,
    afterTwoWords: 4,
    usageSoFar: { inputTokens: 9 },
  },
];

const exceptions = [
  { type: 'throttlingException', errorName: 'ThrottlingError', is: (e: unknown) => ThrottlingError.isInstance(e), retryable: true },
  { type: 'serviceUnavailableException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e), retryable: true },
  { type: 'internalServerException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e), retryable: true },
  { type: 'modelStreamErrorException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e), retryable: true },
  { type: 'validationException', errorName: 'ValidationError', is: (e: unknown) => ValidationError.isInstance(e), retryable: false },
  { type: 'modelTimeoutException', errorName: 'ServiceError', is: (e: unknown) => ServiceError.isInstance(e), retryable: false },
];

describe.each(routes)('in-stream exceptions on $route', ({ model, beforeOutput, afterTwoWords, usageSoFar }) => {
  const client = () => setup.client({ families: [anthropic] });
  const usage = { inputTokens: 9, outputTokens: 4 };

  it.each(exceptions)('$type before any output: $errorName, retryable $retryable', async ({ type, errorName, is, retryable }) => {
    const message = `${type} happened (test)`;
    emulator().enqueue({ reply: { ...reply, usage }, exceptionAfterEvents: { afterEvents: beforeOutput, type, message }, times: 3 });
    const { error, events } = await drain(client().streamText({ model, prompt: 'x' }));
    expect(is(error)).toBe(true);
    expect(StreamError.isInstance(error)).toBe(false);
    expect(error).toMatchObject({ name: errorName, errorType: type, message, retryable });
    expect(events).toEqual([]);
    expect(emulator().requests).toHaveLength(retryable ? 3 : 1);
  });

  it.each(exceptions)('$type after output: StreamError with partial, errorType and retryable $retryable', async ({ type, retryable }) => {
    const message = `${type} happened (test)`;
    emulator().enqueue({
      reply: { ...reply, usage },
      exceptionAfterEvents: { afterEvents: afterTwoWords, type, message, fields: { originalStatusCode: 500 } },
    });
    const { error, events } = await drain(client().streamText({ model, prompt: 'x' }));
    expect(StreamError.isInstance(error)).toBe(true);
    expect(BedrockError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'StreamError', errorType: type, retryable });
    expect(error!.message).toContain(message);
    expect(textOf(events)).toBe('alpha beta');
    const partial = (error as StreamError).partial!;
    expect(partial).toMatchObject({ text: 'alpha beta', finishReason: 'error', usage: usageSoFar });
    expect(partial.response.messages).toEqual([{ role: 'assistant', content: [{ type: 'text', text: 'alpha beta' }] }]);
    expect(emulator().requests).toHaveLength(1);
  });
});

describe('in-stream exceptions: details', () => {
  it('a retryable exception before output, once: the retry delivers the answer exactly once', async () => {
    emulator().enqueue({ reply, exceptionAfterEvents: { afterEvents: 1, type: 'modelStreamErrorException' } }, { reply });
    const { error, events } = await drain(setup.client().streamText({ model: 'amazon.nova-lite-v1:0', prompt: 'x' }));
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(reply.text);
    expect(emulator().requests).toHaveLength(2);
  });

  it('an exception frame as the very first frame is handled like one after messageStart', async () => {
    emulator().enqueue({ exceptionAfterEvents: { afterEvents: 0, type: 'validationException', message: 'Bad input.' } });
    const { error } = await drain(setup.client().streamText({ model: 'amazon.nova-lite-v1:0', prompt: 'x' }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ message: 'Bad input.', errorType: 'validationException', retryable: false });
  });

  it('an unknown exception type is a ServiceError that is not retried, with its type', async () => {
    emulator().enqueue({ exceptionAfterEvents: { afterEvents: 1, type: 'brandNewException', message: 'Something new.' } });
    const { error } = await drain(setup.client().streamText({ model: 'amazon.nova-lite-v1:0', prompt: 'x' }));
    expect(ServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorType: 'brandNewException', message: 'Something new.', retryable: false });
    expect(emulator().requests).toHaveLength(1);
  });
});
