import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { InputError, jsonSchema, type Part, type RequestMessage } from '@bedrock-kit/core';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { describe, expect, it } from 'vitest';
import { collect, failure, generateWithChartTool, models, routeOf, useFamilyEmulator, type Json } from './family-on-the-wire.test-support';

// Round-two content (API.md "Parts", "Exact rules": S3 and video, cache points, guard parts) on the wire:
// the exact Converse / native body fields the emulator received (it validates Converse against the service model).
const { claude37, sonnet45, opus48, haiku3, gptOss, llama } = models;
const { bedrock, request } = useFamilyEmulator([anthropic, openaiOss, cohere, metaLlama]);

/** One call, streaming or not; the body and path the emulator received. */
async function send(stream: boolean, req: Json) {
  if (stream) await collect(bedrock().streamText(req as never));
  else await bedrock().generateText(req as never);
  return { body: request(0).body, path: routeOf(request(0)) };
}

async function refusal(req: Json): Promise<string> {
  const error = await failure(bedrock().generateText(req as never));
  expect(InputError.isInstance(error), JSON.stringify(req.providerOptions ?? {})).toBe(true);
  return error!.message;
}

const conversation: RequestMessage[] = [
  { role: 'user', content: 'Review `def add(a, b): return a + b`.' },
  { role: 'assistant', content: 'Looks fine.' },
  { role: 'system', content: 'From now on, every suggestion must include explicit type annotations.' },
  { role: 'user', content: 'Review it again.' },
];

describe('mid-conversation system messages', () => {
  it.each([false, true])('Converse (stream %s): a message of role system at its place', async (stream) => {
    const { body, path } = await send(stream, { model: claude37, messages: conversation, system: 'You are a code reviewer.' });
    expect(path).toBe(stream ? 'converse-stream' : 'converse'); // the default native route can't carry it on this model
    expect(body.system).toEqual([{ text: 'You are a code reviewer.' }]);
    expect(body.messages).toEqual([
      { role: 'user', content: [{ text: 'Review `def add(a, b): return a + b`.' }] },
      { role: 'assistant', content: [{ text: 'Looks fine.' }] },
      { role: 'system', content: [{ text: 'From now on, every suggestion must include explicit type annotations.' }] },
      { role: 'user', content: [{ text: 'Review it again.' }] },
    ]);
  });

  it.each([false, true])('native Claude where the row has it (Opus 4.8, stream %s): a role system turn, as recorded', async (stream) => {
    const { body, path } = await send(stream, { model: opus48, messages: conversation, providerOptions: { useConverse: false } });
    expect(path).toBe(stream ? 'invoke-with-response-stream' : 'invoke');
    expect(body.messages[2]).toEqual({ role: 'system', content: [{ type: 'text', text: 'From now on, every suggestion must include explicit type annotations.' }] });
  });

  it('InputError on a route without it, before sending', async () => {
    expect(await refusal({ model: claude37, messages: conversation, providerOptions: { useConverse: false } })).toMatch(/no mid-conversation system message in the native body/);
    expect(await refusal({ model: gptOss, messages: conversation, providerOptions: { useConverse: false } })).toMatch(/can't carry a mid-conversation system message/);
    expect(await refusal({ model: claude37, messages: [{ role: 'system', content: 'x' }, { role: 'user', content: 'Hi' }] })).toMatch(/messages\[0\] is from the system/);
    expect(
      await refusal({ model: claude37, messages: [{ role: 'user', content: 'a' }, { role: 'system', content: 'b' }, { role: 'user', content: 'c' }] }),
    ).toMatch(/system message sits between two user messages/);
  });
});

describe('system as parts, cache points by hand', () => {
  const system = [{ type: 'text', text: 'You are terse.' }, { type: 'cache-point' }, { type: 'text', text: 'Answer in English.' }];

  it.each([false, true])('Converse (stream %s): text and cachePoint blocks; a cache point in a message is a cachePoint block with its ttl', async (stream) => {
    const messages = [{ role: 'user', content: [{ type: 'text', text: 'Long context' }, { type: 'cache-point', ttl: '1h' }, { type: 'text', text: 'Question?' }] }];
    const { body } = await send(stream, { model: sonnet45, system, messages, providerOptions: { useConverse: true } });
    expect(body.system).toEqual([{ text: 'You are terse.' }, { cachePoint: { type: 'default' } }, { text: 'Answer in English.' }]);
    expect(body.messages[0].content).toEqual([{ text: 'Long context' }, { cachePoint: { type: 'default', ttl: '1h' } }, { text: 'Question?' }]);
  });

  it.each([false, true])('native Claude (stream %s): cache_control on the block before each cache point', async (stream) => {
    const messages = [{ role: 'user', content: [{ type: 'text', text: 'Long context' }, { type: 'cache-point' }, { type: 'text', text: 'Question?' }] }];
    const { body, path } = await send(stream, { model: claude37, system, messages });
    expect(path).toBe(stream ? 'invoke-with-response-stream' : 'invoke');
    expect(body.system).toEqual([
      { type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral' } },
      { type: 'text', text: 'Answer in English.' },
    ]);
    expect(body.messages[0].content).toEqual([
      { type: 'text', text: 'Long context', cache_control: { type: 'ephemeral' } },
      { type: 'text', text: 'Question?' },
    ]);
  });

  it("refuses ttl '1h' where the row lacks it, cache points on models without caching, and a cache point with nothing before it", async () => {
    const withPoint = (ttl?: '1h') => [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'cache-point', ttl }] }];
    expect(await refusal({ model: claude37, messages: withPoint('1h') })).toMatch(/ttl '1h' is not one this model takes \(5m\)/);
    expect(await refusal({ model: haiku3, messages: withPoint() })).toMatch(/has no prompt caching \(cache-point parts\)/);
    expect(await refusal({ model: llama, messages: withPoint() })).toMatch(/has no prompt caching/);
    expect(await refusal({ model: claude37, system: [{ type: 'cache-point' }, { type: 'text', text: 'x' }], prompt: 'Hi' })).toMatch(/put it after a text part/);
    expect(await refusal({ model: claude37, system: 42, prompt: 'Hi' })).toMatch(/system must be a string or an array/);
  });
});

describe('video and S3 data (Nova video and S3 in the amazon package)', () => {
  const video = (data: unknown, mediaType = 'video/quicktime') => [
    { role: 'user', content: [{ type: 'video', data, mediaType }, { type: 'text', text: 'What happens?' }] },
  ];

  it.each([false, true])('Converse (stream %s): S3 image and document data as s3Location (bucketOwner kept)', async (stream) => {
    const messages = [
      {
        role: 'user',
        content: [
          { type: 'image', data: { s3Uri: 's3://my-bucket/cat.png' }, mediaType: 'image/png' },
          { type: 'document', data: { s3Uri: 's3://my-bucket/a.pdf', bucketOwner: '123456789012' }, mediaType: 'application/pdf', name: 'a' },
          { type: 'text', text: 'What is this?' },
        ],
      },
    ];
    const { body } = await send(stream, { model: claude37, messages, providerOptions: { useConverse: true } });
    expect(body.messages[0].content.slice(0, 2)).toEqual([
      { image: { format: 'png', source: { s3Location: { uri: 's3://my-bucket/cat.png' } } } },
      { document: { format: 'pdf', name: 'a', source: { s3Location: { uri: 's3://my-bucket/a.pdf', bucketOwner: '123456789012' } } } },
    ]);
  });

  it('an S3 image on a default native route goes over Converse; forced native is an InputError', async () => {
    const messages = [{ role: 'user', content: [{ type: 'image', data: { s3Uri: 's3://b-1/x.jpg' }, mediaType: 'image/jpeg' }, { type: 'text', text: '?' }] }];
    const { path, body } = await send(false, { model: claude37, messages });
    expect(path).toBe('converse');
    expect(body.messages[0].content[0]).toEqual({ image: { format: 'jpeg', source: { s3Location: { uri: 's3://b-1/x.jpg' } } } });
    expect(await refusal({ model: claude37, messages, providerOptions: { useConverse: false } })).toMatch(/can't carry image data in S3 \(s3Location\)/);
  });

  it('refuses video on a model without it, bad S3 URIs and owners, before sending', async () => {
    expect(await refusal({ model: claude37, messages: video('AAAA'), providerOptions: { useConverse: true } })).toMatch(/has no video input/);
    expect(await refusal({ model: claude37, messages: video({ s3Uri: 'https://my-bucket/clip.mov' }) })).toMatch(/s3Uri must be an S3 object URI starting with s3:\/\//);
    expect(await refusal({ model: claude37, messages: video({ s3Uri: 's3://my-bucket/c.mov', bucketOwner: 'me' }) })).toMatch(/bucketOwner must be a 12-digit/);
  });
});

describe('guarded text', () => {
  it.each([false, true])('Converse (stream %s): guardContent with qualifiers; a default native route switches to Converse', async (stream) => {
    const messages = [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'The policy says refunds take 5 days.', guard: { qualifiers: ['grounding_source'] } },
          { type: 'text', text: 'How long do refunds take?', guard: true },
        ],
      },
    ];
    const { body, path } = await send(stream, { model: claude37, messages });
    expect(path).toBe(stream ? 'converse-stream' : 'converse');
    expect(body.messages[0].content).toEqual([
      { guardContent: { text: { text: 'The policy says refunds take 5 days.', qualifiers: ['grounding_source'] } } },
      { guardContent: { text: { text: 'How long do refunds take?' } } },
    ]);
  });

  it('InputError on the native route and for unknown qualifiers', async () => {
    const guarded = (guard: unknown) => [{ role: 'user', content: [{ type: 'text', text: 'Hi', guard }] }];
    expect(await refusal({ model: claude37, messages: guarded(true), providerOptions: { useConverse: false } })).toMatch(/can't carry a guarded text part \(guardContent\)/);
    expect(await refusal({ model: claude37, messages: guarded({ qualifiers: ['everything'] }) })).toMatch(/guard must be true or \{ qualifiers/);
  });
});

describe('tool results with content parts, toModelOutput, strict tools', () => {
  const image = { type: 'image', data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' } as const;
  const history = (content: Part[], output?: unknown): RequestMessage[] => [
    { role: 'user', content: 'Show me the chart' },
    { role: 'assistant', content: [{ type: 'tool-call', id: 'call-1', name: 'chart', input: {} }] },
    { role: 'user', content: [{ type: 'tool-result', id: 'call-1', name: 'chart', output, content: content as never }] },
  ];
  const tools = { chart: { inputSchema: jsonSchema({ type: 'object', properties: {} }), strict: true } };

  it.each([false, true])('Converse (stream %s): output then content blocks; strict on toolSpec', async (stream) => {
    const { body } = await send(stream, { model: claude37, messages: history([{ type: 'text', text: 'A rising line.' }, image], { points: 3 }), tools });
    expect(body.messages[2].content[0].toolResult.content).toEqual([
      { json: { points: 3 } },
      { text: 'A rising line.' },
      { image: { format: 'png', source: { bytes: 'AQID' } } },
    ]);
    expect(body.toolConfig.tools[0].toolSpec).toEqual({ name: 'chart', inputSchema: { json: { type: 'object', properties: {} } }, strict: true });
  });

  it.each([false, true])('native Claude (stream %s): tool_result content blocks; strict on the tool', async (stream) => {
    const { body, path } = await send(stream, { model: claude37, messages: history([image]), tools, providerOptions: { useConverse: false } });
    expect(path).toBe(stream ? 'invoke-with-response-stream' : 'invoke');
    expect(body.messages[2].content[0]).toEqual({
      type: 'tool_result',
      tool_use_id: 'call-1',
      content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AQID' } }],
    });
    expect(body.tools[0]).toEqual({ name: 'chart', input_schema: { type: 'object', properties: {} }, strict: true });
  });

  it('the tool loop sends toModelOutput parts instead of the output', async () => {
    const result = await generateWithChartTool(bedrock(), claude37, {
      execute: () => ({ png: 'AQID', caption: 'A rising line.' }),
      toModelOutput: ({ png, caption }) => [
        { type: 'text', text: caption },
        { type: 'image', data: png, mediaType: 'image/png' },
      ],
    });
    expect(request(1).body.messages[2].content[0].toolResult.content).toEqual([{ text: 'A rising line.' }, { image: { format: 'png', source: { bytes: 'AQID' } } }]);
    expect(result.steps[0]!.toolResults[0]).toMatchObject({ output: { png: 'AQID', caption: 'A rising line.' }, content: [{ type: 'text', text: 'A rising line.' }, expect.anything()] });
  });

  it('refuses content parts a route or model cannot carry, before sending', async () => {
    for (const model of [gptOss, 'cohere.command-r-plus-v1:0']) {
      expect(await refusal({ model, messages: history([{ type: 'text', text: 'x' }]), tools, providerOptions: { useConverse: false } })).toMatch(/can't carry tool-result content parts/);
    }
    expect(await refusal({ model: claude37, messages: history([{ type: 'reasoning', text: 'x' } as never]), tools })).toMatch(/a tool result holds text, image, document or video parts/);
    expect(await refusal({ model: 'anthropic.claude-3-5-haiku-20241022-v1:0', messages: history([image]), tools })).toMatch(/has no image input/);
  });
});
