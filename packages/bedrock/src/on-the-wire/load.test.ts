import { emulatorApiKey } from '@bedrock-kit/emulator';
import type { StreamEvent } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';
import { useManualTimers } from './manual-timers.test-support';

/**
 * 1000 concurrent `streamText` calls against the emulator on 127.0.0.1,
 * each with its own prompt so each answer differs. Every stream is held by
 * the emulator after its first word until all 1000 are in flight (so the
 * memory is measured with 1000 open streams), then released together. Each
 * stream must deliver exactly its own answer, word by word, in order, then
 * one `finish`: nothing lost, nothing reordered, nothing crossed.
 *
 * Memory per stream is reported (console) from this thread's V8 heap and
 * from the process RSS; both include the emulator's side of each stream,
 * and RSS includes whatever else vitest runs in parallel (run this file
 * alone for a clean figure: `npx vitest run src/load.test.ts`).
 */

const streams = 1000;
const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
// The streams' first-byte and idle timers (60 s defaults) run on a clock that never moves here: however long
// a loaded machine takes to get 1000 streams in flight, the streams held meanwhile cannot time out.
useManualTimers();
/** The emulator's default answer to a prompt. */
const expectedText = (prompt: string) => `Hello from the bedrock-kit emulator. You said: ${prompt}`;
/** The emulator streams word-sized deltas. */
const words = (text: string) => text.match(/\s*\S+|\s+$/g) ?? [text];

describe('load', () => {
  // The time limit only stops a hang: the verdict is what arrived, never how fast.
  it(`${streams} concurrent streamText calls: every event delivered, in order, to its own stream`, { timeout: 300_000 }, async () => {
    const emulator = context.emulator;
    const bedrock = createBedrock({ endpoint: emulator.url, apiKey: emulatorApiKey });
    // Warm up (JIT, sockets code paths) so the baseline is not the cold start.
    for (let i = 0; i < 5; i++) await bedrock.streamText({ model, prompt: `warm ${i}` }).result;
    emulator.reset();
    globalThis.gc?.();
    const before = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };

    const gates = Array.from({ length: streams }, () => emulator.gate());
    emulator.enqueue(...gates.map((gate) => ({ holdAfterEvents: { afterEvents: 2, gate } })));
    const started = performance.now();
    const runs = Array.from({ length: streams }, async (_, n) => {
      const prompt = `load test prompt number ${n} of ${streams}`;
      const events: StreamEvent[] = [];
      const stream = bedrock.streamText({ model, prompt });
      for await (const event of stream) events.push(event);
      return { prompt, events, result: await stream.result };
    });
    const settled = Promise.allSettled(runs);
    await Promise.all(gates.map((gate) => gate.reached));
    const peak = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
    const inFlightMs = performance.now() - started;
    for (const gate of gates) gate.release();
    const outcomes = await settled;
    const totalMs = performance.now() - started;

    const errors = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
    expect(errors.slice(0, 5)).toEqual([]);
    let deltas = 0;
    for (const outcome of outcomes) {
      const { prompt, events, result } = (outcome as PromiseFulfilledResult<Awaited<(typeof runs)[number]>>).value;
      const text = expectedText(prompt);
      const textEvents = events.filter((event) => event.type === 'text-delta');
      expect(textEvents.map((event) => event.text)).toEqual(words(text));
      expect(events.slice(textEvents.length).map((event) => event.type)).toEqual(['finish']);
      expect(result.text).toBe(text);
      deltas += textEvents.length;
    }
    expect(emulator.requests).toHaveLength(streams);
    expect(new Set(emulator.requests.map((request) => request.bodyText)).size).toBe(streams);

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `load: ${streams} concurrent streams, ${deltas} deltas, 0 lost / reordered / crossed, 0 errors; ` +
        `all in flight after ${inFlightMs.toFixed(0)} ms, done in ${totalMs.toFixed(0)} ms. ` +
        `Per open stream (client + emulator): heap ${kb((peak.heap - before.heap) / streams)}, RSS ${kb((peak.rss - before.rss) / streams)}.`,
    );
  });
});
