import { AbortError, InputError, SignatureExpiredError, TimeoutError } from '@bedrock-kit/core';
import { emulatorCredentials } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';
import { failure } from './fault-matrix.test-support';
import { useManualTimers } from './manual-timers.test-support';

/**
 * Issue 16, API.md "Deadlines" and "long generations": `abortSignal` and `timeout.totalMs` bound
 * every await of a call (credentials provider, tools), and a long answer survives SigV4's window
 * by streaming under the hood. No verdict reads the wall clock: the transport's timers are moved by
 * hand (`useManualTimers`), and the emulator's clock is the one that moves.
 */
const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
const emulator = () => context.emulator;
const never = () => new Promise<never>(() => {});

describe('one deadline per call', () => {
  it('a credentials provider that never answers: abortSignal rejects the call with AbortError', async () => {
    const controller = new AbortController();
    const bedrock = createBedrock({ endpoint: emulator().url, credentials: never });
    const pending = failure(bedrock.generateText({ model, prompt: 'x', abortSignal: controller.signal }));
    controller.abort(new Error('user gave up'));
    expect(await pending).toBeInstanceOf(AbortError);
    expect(emulator().requests).toHaveLength(0);
  });

  describe('on a clock moved by hand', () => {
    const timers = useManualTimers();

    it('a credentials provider that never answers: timeout.totalMs rejects the call with TimeoutError (virtual timers)', async () => {
      const bedrock = createBedrock({ endpoint: emulator().url, credentials: never, timeout: { totalMs: 30_000 }, now: () => 0 });
      let settled = false;
      const pending = failure(bedrock.streamText({ model, prompt: 'x' }).result).finally(() => (settled = true));
      // The clock moves only once the deadline's timer is armed: however slow the call is to get there, 29 999 ms are not enough.
      await timers.armed(30_000);
      timers.advance(29_999);
      await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);
      timers.advance(1);
      const error = await pending;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeout).toBe('total');
      expect(timers.pending).toBe(0); // nothing of the call left running
    });
  });

  it("a tool's execute that never returns: abortSignal rejects the call, and the tool's own signal fires", async () => {
    const controller = new AbortController();
    let toolSignal: AbortSignal | undefined;
    const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials });
    const pending = failure(
      bedrock.generateText({
        model,
        prompt: 'weather?',
        maxSteps: 3,
        abortSignal: controller.signal,
        tools: {
          weather: {
            inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
            execute: (_input, { abortSignal }) => {
              toolSignal = abortSignal;
              queueMicrotask(() => controller.abort());
              return never();
            },
          },
        },
      }),
    );
    expect(await pending).toBeInstanceOf(AbortError);
    expect(toolSignal?.aborted).toBe(true);
    expect(emulator().requests).toHaveLength(1); // no second step
  });

  it.each([
    ['a function', () => () => 'function source'],
    ['a BigInt', () => ({ n: 1n })],
    ['a cycle', () => {
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      return cycle;
    }],
  ])('a tool returning %s → InputError naming the tool; nothing of it is sent', async (_name, output) => {
    const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials });
    const error = await failure(
      bedrock.generateText({ model, prompt: 'weather?', maxSteps: 3, tools: { weather: { inputSchema: { type: 'object' }, execute: async () => output() } } }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain('Tool "weather"');
    expect(emulator().requests).toHaveLength(1);
  });
});

describe('long generations: streamUnderTheHood', () => {
  const sigv4 = (streamUnderTheHood?: 'auto' | 'always' | 'never') =>
    createBedrock({ endpoint: emulator().url, now: () => emulator().clock.now(), ...emulatorCredentials }).generateText({
      model,
      prompt: 'a long story',
      maxTokens: 20_000,
      providerOptions: streamUnderTheHood ? { streamUnderTheHood } : {},
    });

  it('a non-streaming SigV4 call whose answer takes 6 emulated minutes fails with SignatureExpiredError', async () => {
    emulator().enqueue({ generationMs: 6 * 60_000 });
    expect(await failure(sigv4('never'))).toBeInstanceOf(SignatureExpiredError);
    expect(emulator().requests[0]!.route).toBe('converse');
  });

  it('the same generateText through the library succeeds: it streams under the hood, and the result is the same shape', async () => {
    emulator().enqueue({ generationMs: 6 * 60_000 });
    const result = await sigv4();
    expect(result.text).toContain('a long story');
    expect(result.api).toBe('converse');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(emulator().requests.map((request) => request.route)).toEqual(['converse-stream']);
  });

  it("short answers stay on the non-streaming route ('auto'); 'always' streams them too", async () => {
    const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials });
    await bedrock.generateText({ model, prompt: 'short', maxTokens: 500 });
    await bedrock.generateText({ model, prompt: 'short', maxTokens: 500, providerOptions: { streamUnderTheHood: 'always' } });
    await bedrock.generateObject({ model, prompt: 'obj', maxTokens: 9_000, providerOptions: { additionalModelRequestFields: { thinking: { budget_tokens: 2_000 } } }, schema: { type: 'object' } as never }).catch(() => undefined);
    expect(emulator().requests.map((request) => request.route)).toEqual(['converse', 'converse-stream', 'converse-stream']);
  });

  it('a bad streamUnderTheHood value → InputError', async () => {
    const bedrock = createBedrock({ endpoint: emulator().url, ...emulatorCredentials });
    await expect(bedrock.generateText({ model, prompt: 'x', providerOptions: { streamUnderTheHood: 'sometimes' as never } })).rejects.toThrow(InputError);
  });
});
