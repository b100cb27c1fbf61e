import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import { InputError, type BedrockError, type ReasoningSetting } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { failure, routeOf, useTestEmulator, type Json } from '@bedrock-kit/test-utils';
import { describe, expect, it } from 'vitest';
import { amazon } from './amazon';

// Round-two request fields the facade passes to the Nova codecs (issue 14 part B): `reasoning`, video and
// S3 data, cache points in `system`, tool-result content, citations; asserted on the bodies the emulator received.
const { context, request: sent } = useTestEmulator(() => startEmulator());

const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [amazon] });
const novaLite = 'us.amazon.nova-lite-v1:0';
const nova2 = 'us.amazon.nova-2-lite-v1:0';
const routes: ['invoke' | 'converse', boolean][] = [
  ['invoke', false],
  ['invoke', true],
  ['converse', false],
  ['converse', true],
];

async function send(stream: boolean, request: Json): Promise<{ body: Json; path: string }> {
  if (stream) {
    const events = bedrock().streamText(request as never);
    for await (const _event of events) {
      // drain
    }
  } else await bedrock().generateText(request as never);
  const received = sent(0);
  return { body: received.body, path: routeOf(received) };
}

async function refusal(request: Json): Promise<string> {
  const error = await failure<BedrockError>(bedrock().generateText(request as never));
  expect(InputError.isInstance(error)).toBe(true);
  return error!.message;
}

describe('Nova: round-two fields through the facade', () => {
  it.each(routes)('reasoning, %s (stream %s): a level → reasoningConfig', async (route, stream) => {
    const { body } = await send(stream, { model: nova2, prompt: 'Hello', reasoning: 'low', providerOptions: { useConverse: route === 'converse' } });
    const reasoningConfig = { type: 'enabled', maxReasoningEffort: 'low' };
    if (route === 'invoke') expect(body.reasoningConfig).toEqual(reasoningConfig);
    else expect(body.additionalModelRequestFields).toEqual({ reasoningConfig });
  });

  it('reasoning on Nova 1 (no reasoning in its row) is refused before sending', async () => {
    for (const reasoning of ['low', { budgetTokens: 2048 }] as ReasoningSetting[]) {
      expect(await refusal({ model: novaLite, prompt: 'Hi', reasoning })).toMatch(/has no reasoning on Bedrock/);
    }
  });

  it.each([false, true])('Converse (stream %s): video bytes and S3 video, format from the media type', async (stream) => {
    const messages = [
      {
        role: 'user',
        content: [
          { type: 'video', data: new Uint8Array([0, 0, 0, 24]), mediaType: 'video/quicktime' },
          { type: 'video', data: { s3Uri: 's3://my-bucket/clip.3gp', bucketOwner: '123456789012' }, mediaType: 'video/3gpp' },
          { type: 'text', text: 'What happens?' },
        ],
      },
    ];
    const { body } = await send(stream, { model: novaLite, messages, providerOptions: { useConverse: true } });
    expect(body.messages[0].content.slice(0, 2)).toEqual([
      { video: { format: 'mov', source: { bytes: 'AAAAGA==' } } },
      { video: { format: 'three_gp', source: { s3Location: { uri: 's3://my-bucket/clip.3gp', bucketOwner: '123456789012' } } } },
    ]);
  });

  it.each([false, true])('native (stream %s): an S3 video is carried by the Nova body', async (stream) => {
    const messages = [{ role: 'user', content: [{ type: 'video', data: { s3Uri: 's3://my-bucket/clip.mp4' }, mediaType: 'video/mp4' }, { type: 'text', text: '?' }] }];
    const { body, path } = await send(stream, { model: novaLite, messages, providerOptions: { useConverse: false } });
    expect(path).toBe(stream ? 'invoke-with-response-stream' : 'invoke');
    expect(body.messages[0].content[0]).toEqual({ video: { format: 'mp4', source: { s3Location: { uri: 's3://my-bucket/clip.mp4' } } } });
  });

  it('a cache point in system parts goes over Converse (the native codec reads no system parts); forced native is an InputError', async () => {
    const system = [{ type: 'text', text: 'You are terse.' }, { type: 'cache-point' }];
    const { body, path } = await send(false, { model: novaLite, system, prompt: 'Hi' });
    expect(path).toBe('converse');
    expect(body.system).toEqual([{ text: 'You are terse.' }, { cachePoint: { type: 'default' } }]);
    expect(await refusal({ model: novaLite, system, prompt: 'Hi', providerOptions: { useConverse: false } })).toMatch(/can't carry a cache point in system/);
  });

  it('refuses before sending: tool-result content on the native body, citations (none in the row), a video type Converse lacks', async () => {
    const history = [
      { role: 'user', content: 'chart' },
      { role: 'assistant', content: [{ type: 'tool-call', id: 'c1', name: 'chart', input: {} }] },
      { role: 'user', content: [{ type: 'tool-result', id: 'c1', name: 'chart', content: [{ type: 'text', text: 'x' }] }] },
    ];
    const tools = { chart: { inputSchema: { type: 'object', properties: {} } } };
    expect(await refusal({ model: novaLite, messages: history, tools, providerOptions: { useConverse: false } })).toMatch(/can't carry tool-result content parts/);
    const document = [{ role: 'user', content: [{ type: 'document', data: 'aGk=', mediaType: 'text/plain', citations: true }, { type: 'text', text: '?' }] }];
    expect(await refusal({ model: novaLite, messages: document })).toMatch(/has no document citations/);
    const avi = [{ role: 'user', content: [{ type: 'video', data: 'AAAA', mediaType: 'video/avi' }, { type: 'text', text: '?' }] }];
    expect(await refusal({ model: novaLite, messages: avi, providerOptions: { useConverse: true } })).toMatch(/Converse can't carry video type "video\/avi"/);
  });
});
