import { amazonEmbed } from '@bedrock-kit/amazon';
import { cohereEmbed } from '@bedrock-kit/cohere';
import { emulatorApiKey, type Gate } from '@bedrock-kit/emulator';
import { AbortError, ConfigError, InputError, TimeoutError, ValidationError } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { createBedrock, createBedrockClient, embed, embedMany } from '../index';
import { useEmulator } from './emulator.test-support';
import { useManualTimers } from './manual-timers.test-support';

const context = useEmulator();
const client = (options: { maxRetries?: number } = {}) =>
  createBedrockClient({ families: [amazonEmbed, cohereEmbed], endpoint: context.emulator.url, apiKey: emulatorApiKey, random: () => 0, ...options });
const texts = (count: number, prefix = 'text') => Array.from({ length: count }, (_, i) => `${prefix} ${i}`);
type Json = Record<string, any>;

describe('embedMany against the emulator: batches, order, concurrency', () => {
  it('Cohere: 200 texts go as three requests of 96, 96 and 8 contiguous texts; vectors come back in the order of values', async () => {
    const values = texts(200);
    const { embeddings, usage } = await embedMany(client(), { model: 'cohere.embed-english-v3', values, inputType: 'query' });

    const bodies = context.emulator.requests.map((request) => request.body as Json);
    expect(context.emulator.requests.every((request) => request.route === 'invoke')).toBe(true);
    expect(bodies.map((body) => body.texts.length).sort((a: number, b: number) => b - a)).toEqual([96, 96, 8]);
    // Each request carries one contiguous slice of the values, and together they carry each value once.
    const slices = bodies.map((body) => body.texts as string[]).sort((a, b) => values.indexOf(a[0]!) - values.indexOf(b[0]!));
    expect(slices.map((slice) => values.indexOf(slice[0]!))).toEqual([0, 96, 192]);
    expect(slices.flat()).toEqual(values);
    expect(bodies.every((body) => body.input_type === 'search_query')).toBe(true);

    expect(embeddings).toHaveLength(200);
    expect(new Set(embeddings.map((vector) => vector.join())).size).toBe(200);
    context.emulator.reset();
    for (const index of [0, 95, 96, 191, 192, 199]) {
      const single = await embed(client(), { model: 'cohere.embed-english-v3', value: values[index]!, inputType: 'query' });
      expect(embeddings[index], `values[${index}]`).toEqual(single.embedding);
    }
    // Cohere reports tokens only in X-Amzn-Bedrock-Input-Token-Count: the three answers' counts are summed.
    context.emulator.reset();
    let sum = 0;
    for (const start of [0, 96, 192]) {
      sum += (await embedMany(client(), { model: 'cohere.embed-english-v3', values: values.slice(start, start + 96), inputType: 'query' })).usage.inputTokens!;
    }
    expect(usage.inputTokens).toBe(sum);
    expect(sum).toBeGreaterThan(0);
  });

  it('Titan: one request per value, never more than maxConcurrency in flight (held by gates, no timers), order kept', async () => {
    const { emulator } = context;
    const values = texts(7, 'titan');
    const gates: Gate[] = values.map(() => emulator.gate());
    for (const gate of gates) emulator.enqueue({ match: { route: 'invoke' }, holdBeforeFirstByte: gate });
    // Counted at the client: a request is in flight from its fetch until its answer arrives (held by its gate).
    // With an API key every request of an unbounded pool would reach fetch before the emulator read any of them.
    let inFlight = 0;
    let maxInFlight = 0;
    let fetches = 0;
    const countingFetch: typeof fetch = async (input, init) => {
      fetches++;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const bounded = createBedrockClient({ families: [amazonEmbed], endpoint: emulator.url, apiKey: emulatorApiKey, fetch: countingFetch });
    const pending = embedMany(bounded, { model: 'amazon.titan-embed-text-v2:0', values, maxConcurrency: 3, dimensions: 256 });
    await Promise.all(gates.slice(0, 3).map((gate) => gate.reached));
    expect(fetches).toBe(3);
    expect(emulator.requests).toHaveLength(3);
    // Each release lets exactly one more request in.
    for (let index = 0; index < values.length; index++) {
      gates[index]!.release();
      if (index + 3 < values.length) {
        await gates[index + 3]!.reached;
        expect(fetches).toBe(index + 4);
      }
    }
    const { embeddings, usage } = await pending;

    expect(emulator.requests).toHaveLength(7);
    expect(maxInFlight).toBe(3);
    expect(emulator.requests.map((request) => (request.body as Json).inputText).sort()).toEqual([...values].sort());
    expect(emulator.requests.every((request) => (request.body as Json).dimensions === 256)).toBe(true);
    emulator.reset();
    let sum = 0;
    for (const [index, value] of values.entries()) {
      const single = await embed(client(), { model: 'amazon.titan-embed-text-v2:0', value, dimensions: 256 });
      expect(embeddings[index], value).toEqual(single.embedding);
      sum += single.usage.inputTokens!;
    }
    expect(usage.inputTokens).toBe(sum);
  });

  it("the family's own keys and credentials in providerOptions are read (normalize: false reaches Titan v2; an API key per call)", async () => {
    const unauthenticated = createBedrockClient({ families: [amazonEmbed], endpoint: context.emulator.url });
    await embed(unauthenticated, { model: 'amazon.titan-embed-text-v2:0', value: 'a', providerOptions: { normalize: false, apiKey: emulatorApiKey, region: 'us-east-1' } });
    expect(context.emulator.requests[0]!.body).toMatchObject({ inputText: 'a', normalize: false });
  });

  it('dimensions are honoured: Titan v2 256 / 512 / 1024, Cohere v4 output_dimension; vectors kept as received', async () => {
    for (const dimensions of [256, 512, 1024]) {
      const { embedding } = await embed(client(), { model: 'amazon.titan-embed-text-v2:0', value: 'hello', dimensions });
      expect(embedding).toHaveLength(dimensions);
    }
    const { embeddings } = await embedMany(client(), { model: 'us.cohere.embed-v4:0', values: ['a', 'b'], dimensions: 512 });
    expect(embeddings.map((vector) => vector.length)).toEqual([512, 512]);
    expect(context.emulator.requests.at(-1)!.body).toMatchObject({ texts: ['a', 'b'], output_dimension: 512, input_type: 'search_document' });
    expect(context.emulator.requests.at(-1)!.path).toBe(`/model/${encodeURIComponent('us.cohere.embed-v4:0')}/invoke`);
  });

  it('a throttled request is retried alone; the call keeps the order', async () => {
    context.emulator.enqueue({ match: { route: 'invoke' }, error: { type: 'ThrottlingException' } });
    const values = texts(3);
    const { embeddings } = await embedMany(client(), { model: 'amazon.titan-embed-text-v2:0', values, maxConcurrency: 1 });
    expect(context.emulator.requests.map((request) => request.status)).toEqual([429, 200, 200, 200]);
    expect(context.emulator.requests.map((request) => (request.body as Json).inputText)).toEqual(['text 0', 'text 0', 'text 1', 'text 2']);
    expect(embeddings).toHaveLength(3);
  });

  it('a failed request fails the call with its typed error and no further request is sent', async () => {
    context.emulator.enqueue({ match: { route: 'invoke' }, error: { type: 'ValidationException', message: 'bad text' } });
    const error = await embedMany(client(), { model: 'amazon.titan-embed-text-v2:0', values: texts(4), maxConcurrency: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(context.emulator.requests).toHaveLength(1);
  });

  it("the caller's abortSignal ends the requests in flight: AbortError", async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ match: { route: 'invoke' }, holdBeforeFirstByte: gate });
    const controller = new AbortController();
    const pending = embed(client(), { model: 'amazon.titan-embed-text-v2:0', value: 'x', abortSignal: controller.signal });
    await gate.reached;
    controller.abort(new Error('enough'));
    await expect(pending).rejects.toThrow(AbortError);
    gate.release();
  });

  describe('with the deadline on a clock moved by hand', () => {
    // The deadline fires only when the test moves the clock, once the emulator holds the first request:
    // however slow the machine, it can't fire before that request is sent (which would leave none recorded).
    const timers = useManualTimers();

    it('timeout.totalMs bounds the whole call (a request the emulator never answers): TimeoutError, no retry', async () => {
      const gate = context.emulator.gate();
      context.emulator.enqueue({ match: { route: 'invoke' }, holdBeforeFirstByte: gate, times: 10 });
      // A frozen call clock: the deadline's timer is armed for the whole 50 ms, however long the call took to get there.
      const frozen = Date.now();
      const timed = createBedrockClient({ families: [amazonEmbed], endpoint: context.emulator.url, apiKey: emulatorApiKey, timeout: { totalMs: 50 }, now: () => frozen });
      let settled = false;
      const pending = embedMany(timed, { model: 'amazon.titan-embed-text-v2:0', values: texts(3), maxConcurrency: 1 })
        .catch((e: unknown) => e)
        .finally(() => (settled = true));
      await gate.reached;
      timers.advance(49);
      await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false); // 1 ms short of the deadline
      timers.advance(1);
      const error = await pending;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeout).toBe('total');
      expect(context.emulator.requests).toHaveLength(1);
      expect(timers.pending).toBe(0); // nothing of the call left armed
      gate.release();
    });
  });

  it('bedrock.embed / bedrock.embedMany are the same calls', async () => {
    const bedrock = createBedrock({ families: [amazonEmbed, cohereEmbed], endpoint: context.emulator.url, apiKey: emulatorApiKey });
    const one = await bedrock.embed({ model: 'amazon.titan-embed-text-v1', value: 'hello' });
    expect(one.embedding).toHaveLength(1536);
    expect(one.usage.inputTokens).toBeGreaterThan(0);
    const many = await bedrock.embedMany({ model: 'cohere.embed-multilingual-v3', values: ['hallo', 'welt'] });
    expect(many.embeddings).toHaveLength(2);
  });
});

describe('embed / embedMany refuse before the network', () => {
  const refusals: [string, () => Promise<unknown>, RegExp][] = [
    ['no values', () => embedMany(client(), { model: 'cohere.embed-english-v3', values: [] }), /at least one text for cohere\.embed-english-v3/],
    ['an empty text', () => embedMany(client(), { model: 'cohere.embed-english-v3', values: ['a', ' '] }), /values\[1\] is empty; cohere\.embed-english-v3/],
    ['an empty value', () => embed(client(), { model: 'amazon.titan-embed-text-v2:0', value: '' }), /embed: value is empty; amazon\.titan-embed-text-v2:0/],
    ['dimensions the model lacks', () => embed(client(), { model: 'amazon.titan-embed-text-v2:0', value: 'a', dimensions: 300 }), /amazon\.titan-embed-text-v2:0 takes dimensions 256, 512, 1024; got 300/],
    ['dimensions on a model without them', () => embedMany(client(), { model: 'cohere.embed-english-v3', values: ['a'], dimensions: 512 }), /cohere\.embed-english-v3 has one vector size/],
    ['text over the limit', () => embed(client(), { model: 'amazon.titan-embed-text-v2:0', value: 'a'.repeat(50_001) }), /50001 characters; amazon\.titan-embed-text-v2:0 takes at most 50000/],
    ['an unknown inputType', () => embed(client(), { model: 'cohere.embed-english-v3', value: 'a', inputType: 'search' as never }), /inputType must be one of query, document, classification, clustering/],
    ['a providerOptions key the call would not read', () => embed(client(), { model: 'amazon.titan-embed-text-v2:0', value: 'a', providerOptions: { normalise: false } as never }), /providerOptions\.normalise is not read for amazon\.titan-embed-text-v2:0; known keys: .*normalize/],
    ['a text-call option on an embedding call', () => embedMany(client(), { model: 'cohere.embed-english-v3', values: ['a'], providerOptions: { useConverse: true } }), /providerOptions\.useConverse is not read .*cohereTruncate, cohereEmbeddingTypes/],
    ['a bad maxConcurrency', () => embedMany(client(), { model: 'cohere.embed-english-v3', values: ['a'], maxConcurrency: 0 }), /maxConcurrency must be a positive integer/],
  ];
  for (const [name, run, message] of refusals) {
    it(`${name}: InputError naming the model and the limit`, async () => {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(message);
      expect(context.emulator.requests).toHaveLength(0);
    });
  }

  it('an embedding model no configured family serves: ConfigError naming the embedding families to pass', async () => {
    const textOnly = createBedrockClient({ endpoint: context.emulator.url, apiKey: emulatorApiKey });
    const error = await embed(textOnly, { model: 'amazon.titan-embed-text-v2:0', value: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/amazonEmbed from @bedrock-kit\/amazon/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
