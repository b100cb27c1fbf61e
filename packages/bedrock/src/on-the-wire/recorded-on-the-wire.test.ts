import { ValidationError } from '@bedrock-kit/core';
import { emulatorApiKey } from '@bedrock-kit/emulator';
import { readCassette } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';

// Real Bedrock bytes (pydantic-ai cassettes) served by the emulator to the whole facade:
// unknown models go through Converse, and the service's errors become typed errors.
const context = useEmulator();
const bedrock = () => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, maxRetries: 0 });
const modelOf = (uri: string) => decodeURIComponent(new URL(uri).pathname.split('/')[2]!);

describe('recorded exchanges through the facade', () => {
  it('test_bedrock_error: a 400 with only a message becomes ValidationError', async () => {
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_error');
    context.emulator.enqueue({ recorded: exchange! });
    const error = await bedrock().generateText({ model: modelOf(exchange!.request.uri), prompt: 'hello' }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, message: 'The provided model identifier is invalid.', retryable: false });
    expect(context.emulator.requests[0]!.path).toBe('/model/us.does-not-exist-model-v1%3A0/converse');
  });

  it('test_bedrock_streaming_error: the same refusal of a stream is thrown from the iterator', async () => {
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_streaming_error');
    context.emulator.enqueue({ recorded: exchange! });
    const stream = bedrock().streamText({ model: modelOf(exchange!.request.uri), prompt: 'hello' });
    const error = await (async () => {
      for await (const _ of stream) throw new Error('no event expected');
    })().catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe('The provided model identifier is invalid.');
    await expect(stream.result).rejects.toBe(error);
    expect(context.emulator.requests[0]!.path).toMatch(/\/converse-stream$/);
  });

  it('test_bedrock_model: an unknown family (Nova) is answered through Converse', async () => {
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_model');
    context.emulator.enqueue({ recorded: exchange! });
    const result = await bedrock().generateText({ model: modelOf(exchange!.request.uri), prompt: 'What is the capital of France?' });
    expect(result.api).toBe('converse');
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.finishReason).toBe('stop');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it('test_bedrock_model_stream: the recorded event stream decodes through streamText', async () => {
    const [exchange] = readCassette('pydantic-ai', 'test_bedrock_model_stream');
    context.emulator.enqueue({ recorded: exchange! });
    const stream = bedrock().streamText({ model: modelOf(exchange!.request.uri), prompt: 'What is the capital of France?' });
    const deltas: string[] = [];
    for await (const text of stream.textStream) deltas.push(text);
    const result = await stream.result;
    expect(deltas.length).toBeGreaterThan(1);
    expect(result.text).toBe(deltas.join(''));
    expect(result.finishReason).toBe('stop');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });
});
