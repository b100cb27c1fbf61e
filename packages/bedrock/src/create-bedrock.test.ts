import { ConfigError, InputError, jsonSchema } from '@bedrock-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObjectStream } from './calls/stream-object';

/**
 * `createBedrock` loads every call but generateText and streamText on its first use (decision 0020).
 * The methods on the wire are covered by the on-the-wire tests (they all go through `createBedrock`);
 * here: what happens when a call's chunk does not load, and when `streamObject` loads its code.
 * Each test imports a fresh `create-bedrock.ts`, so its loaders start unloaded.
 */

const schema = jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] });
const model = 'amazon.nova-lite-v1:0';

/** A fetch that records every request and answers none (nothing may be sent in these tests). */
function createRecordingFetch() {
  const sent: string[] = [];
  const fetch = async (url: string | URL | Request) => {
    sent.push(String(url));
    return new Response('{}', { status: 500 });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

async function importFreshCreateBedrock() {
  vi.resetModules();
  return (await import('./create-bedrock')).createBedrock;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Throws as a browser does when a chunk cannot be fetched. */
const unloadable = () => {
  throw new TypeError('Failed to fetch dynamically imported module');
};

afterEach(() => {
  vi.doUnmock('./calls/generate-object');
  vi.doUnmock('./calls/stream-object');
  vi.doUnmock('./calls/embed');
  vi.doUnmock('./calls/embed-many');
  vi.doUnmock('./calls/count-tokens');
  vi.doUnmock('./calls/apply-guardrail');
  vi.resetModules();
});

describe('a call whose chunk fails to load', () => {
  const calls = [
    { method: 'generateObject', module: './calls/generate-object', run: (b: Bedrock) => b.generateObject({ model, prompt: 'A city', schema }) },
    { method: 'embed', module: './calls/embed', run: (b: Bedrock) => b.embed({ model: 'amazon.titan-embed-text-v2:0', value: 'x' }) },
    { method: 'embedMany', module: './calls/embed-many', run: (b: Bedrock) => b.embedMany({ model: 'amazon.titan-embed-text-v2:0', values: ['x'] }) },
    { method: 'countTokens', module: './calls/count-tokens', run: (b: Bedrock) => b.countTokens({ model, prompt: 'Hi' }) },
    {
      method: 'applyGuardrail',
      module: './calls/apply-guardrail',
      run: (b: Bedrock) => b.applyGuardrail({ guardrail: { id: 'gr1abc', version: '1' }, source: 'input', content: [{ type: 'text', text: 'x' }] }),
    },
  ] as const;

  for (const { method, module, run } of calls) {
    it(`${method}: rejects with a ConfigError naming the call, its cause kept, and sends nothing`, async () => {
      vi.doMock(module, unloadable);
      const createBedrock = await importFreshCreateBedrock();
      const { fetch, sent } = createRecordingFetch();
      const error = await failure(run(createBedrock({ fetch, apiKey: 'test', region: 'us-east-1' })));
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).message).toMatch(new RegExp(`could not load ${method} \\(a chunk of your bundle loaded on first use\\)`));
      expect((error as ConfigError).cause).toBeDefined();
      expect(sent).toEqual([]);
    });
  }

  it('streamObject: returns its stream, whose object, result and partial objects reject with the ConfigError; nothing is sent', async () => {
    vi.doMock('./calls/stream-object', unloadable);
    const createBedrock = await importFreshCreateBedrock();
    const { fetch, sent } = createRecordingFetch();
    const stream = createBedrock({ fetch, apiKey: 'test', region: 'us-east-1' }).streamObject({ model, prompt: 'A city', schema });
    for (const pending of [stream.object, stream.result, (async () => { for await (const _ of stream.partialObjectStream); })()]) {
      const error = await failure(pending);
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).message).toMatch(/could not load streamObject/);
    }
    expect(sent).toEqual([]);
  });

  it('the text calls stay in the bundle: generateText and streamText do not load a chunk (the failing modules are never asked for)', async () => {
    for (const module of ['./calls/generate-object', './calls/stream-object', './calls/embed', './calls/embed-many', './calls/count-tokens', './calls/apply-guardrail']) {
      vi.doMock(module, unloadable);
    }
    const createBedrock = await importFreshCreateBedrock();
    const { fetch, sent } = createRecordingFetch();
    const bedrock = createBedrock({ fetch, apiKey: 'test', region: 'us-east-1', maxRetries: 0 });
    // The fake fetch answers 500: each call fails at the service, not at a load.
    const generated = await failure(bedrock.generateText({ model, prompt: 'Hi' }));
    const streamed = await failure(bedrock.streamText({ model, prompt: 'Hi' }).result);
    for (const error of [generated, streamed]) expect(ConfigError.isInstance(error)).toBe(false);
    expect(sent).toHaveLength(2);
  });
});

type Bedrock = ReturnType<Awaited<ReturnType<typeof importFreshCreateBedrock>>>;

describe('streamObject loads its code when the stream is first read', () => {
  let loads: number;
  let streams: unknown[][];
  const partials = [{ city: 'Pa' }, { city: 'Paris' }];

  beforeEach(() => {
    loads = 0;
    streams = [];
    // The call's module, replaced by one whose stream is made from fixed partial objects: what is checked here is when it loads and how it is read.
    vi.doMock('./calls/stream-object', () => {
      loads++;
      return {
        streamCheckedObject: (...args: unknown[]): ObjectStream<{ city: string }> => {
          streams.push(args);
          const done = { text: '{"city":"Paris"}', object: { city: 'Paris' } };
          return {
            partialObjectStream: {
              async *[Symbol.asyncIterator]() {
                yield* partials;
              },
            },
            object: Promise.resolve(done.object),
            result: Promise.resolve(done as never),
          };
        },
      };
    });
  });

  it('checks the request when called (a bad mode or schema is thrown, as the function does), before loading anything', async () => {
    const bedrock = (await importFreshCreateBedrock())({ apiKey: 'test', region: 'us-east-1' });
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      throw new Error('expected a throw');
    };
    const badMode = thrown(() => bedrock.streamObject({ model, prompt: 'A city', schema, mode: 'xml' as never }));
    const badSchema = thrown(() => bedrock.streamObject({ model, prompt: 'A city', schema: { type: 'string' } as never }));
    expect(InputError.isInstance(badMode) && badMode.message).toMatch(/mode must be 'auto', 'json' or 'tool'; got "xml"/);
    expect(InputError.isInstance(badSchema) && badSchema.message).toMatch(/generateObject schema: Bedrock requires an object schema/);
    expect(loads).toBe(0);
  });

  it('loads nothing until read; then one stream, with the schema prepared once, serves object, result and every reader', async () => {
    const bedrock = (await importFreshCreateBedrock())({ apiKey: 'test', region: 'us-east-1' });
    const request = { model, prompt: 'A city', schema };
    const stream = bedrock.streamObject(request);
    expect(loads).toBe(0);
    expect(streams).toHaveLength(0);

    expect(await stream.object).toEqual({ city: 'Paris' });
    expect(loads).toBe(1);
    expect((await stream.result).object).toEqual({ city: 'Paris' });
    const read: unknown[][] = [[], []];
    for (const reader of read) for await (const partial of stream.partialObjectStream) reader.push(partial);
    expect(read).toEqual([partials, partials]);

    expect(streams).toHaveLength(1);
    const [client, sentRequest, prepared] = streams[0]!;
    expect((client as Bedrock)['~bedrock']).toBe(bedrock['~bedrock']);
    expect(sentRequest).toBe(request);
    expect((prepared as { jsonSchema: unknown }).jsonSchema).toEqual(schema.jsonSchema);
  });

  it('a reader that stops before its first partial object loads nothing', async () => {
    const bedrock = (await importFreshCreateBedrock())({ apiKey: 'test', region: 'us-east-1' });
    const iterator = bedrock.streamObject({ model, prompt: 'A city', schema }).partialObjectStream[Symbol.asyncIterator]();
    expect(await iterator.return?.()).toEqual({ done: true, value: undefined });
    expect(loads).toBe(0);
  });

  it('loads the module once for every stream of every client', async () => {
    const createBedrock = await importFreshCreateBedrock();
    for (const bedrock of [createBedrock({ apiKey: 'test', region: 'us-east-1' }), createBedrock({ apiKey: 'test', region: 'us-east-1' })]) {
      await bedrock.streamObject({ model, prompt: 'A city', schema }).object;
      await bedrock.streamObject({ model, prompt: 'A city', schema }).object;
    }
    expect(loads).toBe(1);
    expect(streams).toHaveLength(4);
  });
});
