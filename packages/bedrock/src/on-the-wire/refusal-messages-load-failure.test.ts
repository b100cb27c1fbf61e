import { anthropic } from '@bedrock-kit/anthropic';
import { AbortError, InputError } from '@bedrock-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { resetGateAfterEach } from './chunk-gate.test-support';
import { failure, models, streamFailure, useFamilyEmulator, weatherCallHistory } from './family-on-the-wire.test-support';

// The chunk of refusal texts (`request/refusal/refusal-messages.ts`, decision 0026) cannot be fetched,
// as a browser reports it. `chunk.mode` says what the next load does: fail, hang until released, or load
// (chunk-gate.test-support.ts). The tests run in order: each counts the loads the ones before it made.
const { chunk, passGate } = await vi.hoisted(async () => {
  const gate = await import('./chunk-gate.test-support');
  return { chunk: gate.createChunkGate(), passGate: gate.passGate };
});
vi.mock('../request/refusal/refusal-messages', (importOriginal) => passGate(chunk, 'https://app.example/assets/refusal-messages-3b7a.js', importOriginal));
resetGateAfterEach(chunk);

const { bedrock, context } = useFamilyEmulator([anthropic]);

describe('the refusal texts, loaded on use, that cannot load', () => {
  it('a refused call is still the InputError of its rule, naming the field; nothing is sent', async () => {
    const error = await failure(bedrock().generateText({ model: models.haiku3, prompt: 'Hi', maxTokens: 0 }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toBe('Request refused: setting (maxTokens).');
    expect(chunk.loads).toBe(1);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a refusal of the step (Converse conversion) too, and the next refusal tries the load again', async () => {
    const error = await failure(bedrock().generateText({ model: models.haiku3, messages: weatherCallHistory, providerOptions: { useConverse: true } }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error!.message).toBe('Request refused: toolsMissing.');
    expect(chunk.loads).toBe(2);
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a load that hangs is bounded by the call: the abort wins, and the call settles', async () => {
    chunk.mode = 'hang';
    const controller = new AbortController();
    chunk.onHang = () => controller.abort();
    const error = await streamFailure(bedrock().streamText({ model: models.haiku3, prompt: 'Hi', maxTokens: 0, abortSignal: controller.signal }));
    expect(AbortError.isInstance(error)).toBe(true);
    chunk.mode = 'load';
    chunk.release!();
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('once a load succeeds, the refusal has its whole message', async () => {
    chunk.mode = 'load';
    const error = await failure(bedrock().generateText({ model: models.haiku3, messages: weatherCallHistory, providerOptions: { useConverse: true } }));
    expect(error!.message).toBe('The messages hold tool calls but there are no tools, which Converse requires. Pass the same `tools` as before.');
    expect(context.emulator.requests).toHaveLength(0);
  });
});
