import { ServiceError, StreamError, TimeoutError, type BedrockError } from '@bedrock-kit/core';
import { emulatorCredentials, type Script } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import type { BedrockOptions } from '../client/bedrock-options';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';
import { drain, failure } from './fault-matrix.test-support';
import { useManualTimers } from './manual-timers.test-support';
import { platformFetch } from '#platform-fetch';

/**
 * Issue 16, transport rules (API.md "Transport rules"): no redirect is followed, every body is
 * read with a limit on its decoded bytes, a limit passed is final, a 2xx that does not parse is
 * not bought twice, a stream cut before its stop event is not a success. Run over the Node default
 * transport (node:http, `hardening-transport.test.ts`) and over `fetch` (`hardening-platform-fetch.test.ts`).
 */
export function describeTransportHardening(transport: string, sendsAcceptEncoding: boolean): void {
  const model = 'amazon.nova-lite-v1:0'; // no family configured: Converse
  const context = useEmulator();
  const emulator = () => context.emulator;
  const bedrock = (options: BedrockOptions = {}) =>
    createBedrock({ endpoint: emulator().url, now: () => emulator().clock.now(), random: () => 0, ...emulatorCredentials, ...options });
  const generate = (scripts: Script[], options?: BedrockOptions) => {
    emulator().enqueue(...scripts);
    return failure(bedrock(options).generateText({ model, prompt: 'Hello' }));
  };
  const stream = (scripts: Script[], options?: BedrockOptions) => {
    emulator().enqueue(...scripts);
    return drain(bedrock(options).streamText({ model, prompt: 'Hello' }));
  };
  const expectFinal = (error: BedrockError | undefined, type: typeof ServiceError | typeof StreamError = ServiceError) => {
    expect(error).toBeInstanceOf(type);
    expect(error!.retryable).toBe(false);
    expect(emulator().requests).toHaveLength(1); // nothing resent
  };

  describe(`transport hardening over ${transport}`, () => {
    it('runs over the transport it names (undici asks for gzip, nodeHttpFetch does not)', async () => {
      await bedrock().generateText({ model, prompt: 'Hello' });
      expect('accept-encoding' in emulator().requests[0]!.headers).toBe(sendsAcceptEncoding);
    });

    it.each([307, 302, 301, 308, 303] as const)('a %i redirect is not followed: a final ServiceError naming the status and the Location host', async (status) => {
      const error = await generate([{ redirect: { location: 'https://collector.attacker.example/steal?x=1', status } }]);
      expectFinal(error);
      expect(error!.message).toContain(String(status));
      expect(error!.message).toContain('collector.attacker.example');
      expect(error!.message).not.toContain('steal');
    });

    it('a redirect on a stream request is not followed either', async () => {
      const { error } = await stream([{ redirect: { location: 'http://127.0.0.1:9/elsewhere' } }]);
      expectFinal(error);
      expect(error!.message).toMatch(/307.*127\.0\.0\.1:9/);
    });

    it('a gzip-compressed answer is inflated (both routes)', async () => {
      emulator().enqueue({ gzip: true }, { gzip: true });
      expect((await bedrock().generateText({ model, prompt: 'zipped' })).text).toContain('zipped');
      expect((await bedrock().streamText({ model, prompt: 'zipped stream' }).result).text).toContain('zipped stream');
    });

    it('a gzip bomb (256 MiB inflated) stops at the 64 MiB body limit: a final ServiceError, not a retry', async () => {
      const error = await generate([{ gzipBomb: {}, times: 3 }]);
      expectFinal(error);
      expect(error!.errorType).toBe('ResponseTooLarge');
    });

    it('an error body is read up to 64 KiB and its message cut to 8 KiB, marked as cut', async () => {
      const error = await generate([{ largeError: { bytes: 50 * 2 ** 20, status: 400, type: 'ValidationException' } }]);
      expect(error?.name).toBe('ValidationError');
      expect(error!.message.length).toBeLessThan(8_192 + 100);
      expect(error!.message).toMatch(/… \[cut: \d+\+? more bytes\]/);
    });

    it('a gzip bomb as an error body is read only up to the error limit', async () => {
      const error = await generate([{ gzipBomb: { status: 500 } }], { maxRetries: 0 });
      expect(error).toBeInstanceOf(ServiceError);
      expect(error!.status).toBe(500);
      expect(error!.message).toMatch(/\[cut: \d+\+? more bytes\]$/);
    });

    it('a 200 whose body is not JSON is not retried (the generation was paid for)', async () => {
      const error = await generate([{ truncateBody: 20, times: 3 }]);
      expectFinal(error);
      expect(error!.errorType).toBe('MalformedResponse');
    });

    it('a frame whose prelude declares more than 16 MiB fails on the prelude: a final ServiceError before output', async () => {
      const { error } = await stream([{ oversizedFrame: { declaredBytes: 32 * 2 ** 20 }, times: 3 }]);
      expectFinal(error);
      expect(error!.errorType).toBe('FrameTooLarge');
    });

    it('… and a StreamError with partial once output has flowed', async () => {
      const { error, events } = await stream([{ oversizedFrame: { declaredBytes: 32 * 2 ** 20, afterEvents: 4 } }]);
      expectFinal(error, StreamError);
      expect(error!.errorType).toBe('FrameTooLarge');
      expect(events.some((event) => event.type === 'text-delta')).toBe(true);
      expect((error as StreamError).partial?.text).not.toBe('');
    });

    it('a stream that ends cleanly before its stop event is a StreamError with partial, not a success', async () => {
      const { error, result } = await stream([{ endAfterEvents: 'before-stop' }]);
      expect(result).toBeUndefined();
      expect(error).toBeInstanceOf(StreamError);
      expect(error!.errorType).toBe('MissingStopEvent');
      expect((error as StreamError).partial?.text).toContain('Hello');
    });

    describe('on a clock moved by hand', () => {
      const timers = useManualTimers();

      it('endless tiny frames without output do not hold a stream open: the idle timeout fires', async () => {
        // Frames keep coming (empty deltas, back-pressured), but no output: only output restarts the idle clock.
        // The idle clock moves by hand, a third of idleMs at a time, each step only once more frames were read,
        // so the verdict can't depend on how many frames a slow or fast machine gets through in 300 real ms.
        const reads = countReads();
        let sawOutput!: () => void;
        const output = new Promise<void>((resolve) => (sawOutput = resolve));
        emulator().enqueue({ tinyFrames: { count: 50_000_000, afterEvents: 4 } });
        const drained = drain(bedrock({ fetch: reads.fetch, timeout: { idleMs: 300 } }).streamText({ model, prompt: 'Hello' }), (event) => {
          if (event.type === 'text-delta') sawOutput();
        });
        await output; // the last output, read at clock 0
        for (let step = 0; step < 3; step++) {
          await reads.more(3); // tiny frames keep being read: the client is not idle for the transport
          timers.advance(100);
        }
        // Had a tiny frame restarted the idle clock, the stream would keep flowing: 1000 more reads say so.
        const outcome = await Promise.race([drained, reads.more(1000).then(() => 'still streaming' as const)]);
        expect(outcome).not.toBe('still streaming');
        const { error } = outcome as Awaited<typeof drained>;
        expect(error).toBeInstanceOf(TimeoutError);
        expect((error as TimeoutError).timeout).toBe('idle');
        expect((error as TimeoutError).partial?.text).not.toBe('');
      });
    });
  });
}

/**
 * The transport's `fetch` with a tap on the response body that counts the chunks the client reads.
 * The tap holds no chunk back (a transform stream's readable side has no buffer), so its transform
 * runs for a chunk only once the client asked for more: every chunk before it was read.
 */
function countReads(): { fetch: typeof fetch; more(count: number): Promise<void> } {
  let reads = 0;
  let waiters: { at: number; resolve: () => void }[] = [];
  const tap = () =>
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        reads++;
        waiters = waiters.filter((waiter) => (reads >= waiter.at ? (waiter.resolve(), false) : true));
        controller.enqueue(chunk);
      },
    });
  return {
    fetch: async (input, init) => {
      const response = await platformFetch(input, init);
      return new Response(response.body?.pipeThrough(tap()) ?? null, response);
    },
    more: (count) => new Promise((resolve) => waiters.push({ at: reads + count, resolve })),
  };
}
