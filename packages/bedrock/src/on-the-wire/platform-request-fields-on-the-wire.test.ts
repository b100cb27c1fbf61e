import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { InputError, type Message } from '@bedrock-kit/core';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { openaiOss } from '@bedrock-kit/openai-oss';
import { emulatorApiKey, GUARDRAIL_TRIGGER } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { createBedrock } from '../create-bedrock';
import { collect, failure, models, routeOf, useFamilyEmulator } from './family-on-the-wire.test-support';

const { haiku3, claude37, commandR, llama } = models;
const appProfile = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';
const promptArn = 'arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT1234';
const { context, bedrock, request } = useFamilyEmulator([anthropic, cohere, openaiOss, metaLlama]);

describe('additionalModelResponseFieldPaths and stopSequence', () => {
  it.each([false, true])('Claude on Converse (stream: %s): /stop_sequence asked for by the library; the matched one in providerMetadata', async (stream) => {
    const call = { model: haiku3, prompt: 'one two STOP three', stopSequences: ['STOP'], providerOptions: { useConverse: true } };
    const result = stream ? (await collect(bedrock().streamText(call))).result : await bedrock().generateText(call);
    expect(request(0).body.additionalModelResponseFieldPaths).toEqual(['/stop_sequence']);
    expect(result.finishReason).toBe('stop');
    expect(result.providerMetadata?.bedrock).toMatchObject({ stopSequence: 'STOP', additionalModelResponseFields: { stop_sequence: 'STOP' } });
  });

  it.each([false, true])('Claude native (stream: %s): stop_sequence of the body becomes providerMetadata.bedrock.stopSequence', async (stream) => {
    const call = { model: haiku3, prompt: 'one two STOP three', stopSequences: ['STOP'] };
    const { events, result } = stream ? await collect(bedrock().streamText(call)) : { events: [], result: await bedrock().generateText(call) };
    expect(routeOf(request(0))).toBe(stream ? 'invoke-with-response-stream' : 'invoke');
    expect(request(0).body.stop_sequences).toEqual(['STOP']);
    expect(result.providerMetadata?.bedrock.stopSequence).toBe('STOP');
    if (stream) expect(events.at(-1)).toMatchObject({ type: 'finish', providerMetadata: { bedrock: { stopSequence: 'STOP' } } });
  });

  it('the caller’s paths are sent as given (Cohere on Converse) and the fields come back; the library adds nothing for non-Claude', async () => {
    const result = await bedrock().generateText({ model: commandR, prompt: 'a STOP b', stopSequences: ['STOP'], providerOptions: { additionalModelResponseFieldPaths: ['/stop_sequence'] } });
    expect(request(0).body.additionalModelResponseFieldPaths).toEqual(['/stop_sequence']);
    expect(result.providerMetadata?.bedrock.additionalModelResponseFields).toEqual({ stop_sequence: 'STOP' });
    await bedrock().generateText({ model: commandR, prompt: 'a STOP b', stopSequences: ['STOP'] });
    expect(request(1).body.additionalModelResponseFieldPaths).toBeUndefined();
  });

  it('InvokeModel has no field for response paths or prompt variables: an InputError, nothing sent', async () => {
    for (const providerOptions of [{ additionalModelResponseFieldPaths: ['/x'] }, { promptVariables: { a: 'b' } }]) {
      const error = await failure(bedrock().generateText({ model: haiku3, prompt: 'Hi', providerOptions: { useConverse: false, ...providerOptions } }));
      expect(error).toBeInstanceOf(InputError);
      expect(error?.message).toContain(`providerOptions.${Object.keys(providerOptions)[0]}`);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });
});

describe('promptCache', () => {
  it.each([false, true])('Claude native (stream: %s): promptCache places cache_control, { ttl } sets it; the anthropic aliases still work', async (stream) => {
    const run = async (providerOptions: Record<string, unknown>) =>
      stream ? (await collect(bedrock().streamText({ model: claude37, system: 'Be brief.', prompt: 'Hi', providerOptions }))).result : bedrock().generateText({ model: claude37, system: 'Be brief.', prompt: 'Hi', providerOptions });
    await run({ promptCache: true });
    expect(request(0).body.system).toEqual([{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }]);
    await run({ promptCache: { ttl: '1h' } });
    expect(request(1).body.system[0].cache_control).toEqual({ type: 'ephemeral', ttl: '1h' });
    await run({ anthropicPromptCache: true, anthropicPromptCacheTtl: '1h' });
    expect(request(2).body.system).toEqual(request(1).body.system);
  });

  it.each([false, true])('Claude on Converse (stream: %s): promptCache adds cachePoint blocks', async (stream) => {
    const call = { model: claude37, system: 'Be brief.', prompt: 'Hi', providerOptions: { useConverse: true, promptCache: { ttl: '1h' as const } } };
    if (stream) await collect(bedrock().streamText(call));
    else await bedrock().generateText(call);
    expect(request(0).body.system).toEqual([{ text: 'Be brief.' }, { cachePoint: { type: 'default', ttl: '1h' } }]);
  });

  it('a model without caching, or one no family serves, refuses promptCache before sending; a bad TTL too', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [llama, { promptCache: true }, /promptCache.*no prompt caching/],
      ['mistral.mistral-large-2407-v1:0', { promptCache: true }, /promptCache: no configured family serves/],
      [claude37, { promptCache: { ttl: '2h' } }, /providerOptions\.promptCache\.ttl must be '5m' or '1h'/],
      [claude37, { promptCache: 'yes' }, /providerOptions\.promptCache must be a boolean or \{ ttl \}/],
    ];
    for (const [model, providerOptions, message] of cases) {
      const error = await failure(bedrock().generateText({ model, prompt: 'Hi', providerOptions }));
      expect(error, model).toBeInstanceOf(InputError);
      expect(error?.message).toMatch(message);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });
});

describe('baseModel', () => {
  /**
   * The emulator knows no application inference profiles (it answers "The provided model identifier is
   * invalid."): this client sends the ARN, as the test asserts, and the emulator is asked for the base model.
   */
  const profileClient = (sent: string[]) =>
    createBedrock({
      endpoint: context.emulator.url,
      apiKey: emulatorApiKey,
      families: [anthropic, metaLlama],
      fetch: (input, init) => {
        const url = String(input);
        sent.push(url);
        return fetch(url.replace(encodeURIComponent(appProfile), encodeURIComponent('anthropic.claude-3-7-sonnet-20250219-v1:0')), init);
      },
    });

  it.each([false, true])('an application inference profile ARN with baseModel gets its family’s native body, row and caching (stream: %s)', async (stream) => {
    const sent: string[] = [];
    const call = { model: appProfile, prompt: 'Hi', providerOptions: { baseModel: 'anthropic.claude-3-7-sonnet-20250219-v1:0', promptCache: true } };
    const { events, result } = stream ? await collect(profileClient(sent).streamText(call)) : { events: [], result: await profileClient(sent).generateText(call) };
    expect(sent).toEqual([`${context.emulator.url}/model/${encodeURIComponent(appProfile)}/${stream ? 'invoke-with-response-stream' : 'invoke'}`]);
    expect(request(0).body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31' });
    expect(request(0).body.messages[0].content.at(-1).cache_control).toEqual({ type: 'ephemeral' });
    expect(result.api).toBe('invoke');
    expect(result.text).toContain('Hi');
    if (stream) expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it('without baseModel the same ARN goes through Converse (no family is known); with it, the base model’s row is checked', async () => {
    const sent: string[] = [];
    await profileClient(sent).generateText({ model: appProfile, prompt: 'Hi' });
    expect(sent[0]).toMatch(/\/converse$/);
    const error = await failure(bedrock().generateText({ model: appProfile, prompt: 'Hi', providerOptions: { baseModel: 'meta.llama3-2-3b-instruct-v1:0', promptCache: true } }));
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toMatch(/no prompt caching/);
    expect(context.emulator.requests).toHaveLength(1);
  });

  it('baseModel beside a model ID that names its model, or that is not a foundation-model ID, is an InputError', async () => {
    for (const [model, baseModel, message] of [
      [haiku3, 'anthropic.claude-3-haiku-20240307-v1:0', /names its model itself/],
      [appProfile, 42, /must be a foundation-model ID/],
      [appProfile, appProfile, /must be a foundation-model ID/],
    ] as const) {
      const error = await failure(bedrock().generateText({ model, prompt: 'Hi', providerOptions: { baseModel: baseModel as string } }));
      expect(error).toBeInstanceOf(InputError);
      expect(error?.message).toMatch(message);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });
});

describe('promptVariables with a prompt-management ARN', () => {
  it.each([false, true])('fills the prompt through Converse, with no messages of the caller (stream: %s)', async (stream) => {
    const call = { model: promptArn, providerOptions: { promptVariables: { city: 'Oslo' } } };
    const result = stream ? (await collect(bedrock().streamText(call))).result : await bedrock().generateText(call);
    const sent = request(0);
    expect(routeOf(sent)).toBe(stream ? 'converse-stream' : 'converse');
    expect(sent.modelId).toBe(promptArn);
    expect(sent.body).toEqual({ promptVariables: { city: { text: 'Oslo' } } });
    expect(result.text).toContain('city=Oslo');
  });

  it('messages may follow the prompt; the fields the prompt defines are refused before sending', async () => {
    await bedrock().generateText({ model: promptArn, prompt: 'And in Bergen?', providerOptions: { promptVariables: { city: 'Oslo' } } });
    expect(request(0).body.messages).toEqual([{ role: 'user', content: [{ text: 'And in Bergen?' }] }]);
    for (const extra of [{ system: 'x' }, { maxTokens: 5 }, { providerOptions: { additionalModelRequestFields: { a: 1 } } }]) {
      const error = await failure(bedrock().generateText({ model: promptArn, ...extra }));
      expect(error).toBeInstanceOf(InputError);
      expect(error?.message).toMatch(/prompt-management ARN/);
    }
    expect(context.emulator.requests).toHaveLength(1);
  });
});

describe('guard parts (Converse guardContent)', () => {
  const guardrail = { id: 'gr1abc', version: '1', trace: 'enabled' } as const;
  it.each([false, true])('only the guarded text is assessed; a request with one goes through Converse (stream: %s)', async (stream) => {
    const run = async (content: Message['content'], earlier: Message[] = []) => {
      const call = { model: haiku3, messages: [...earlier, { role: 'user' as const, content }], providerOptions: { guardrail } };
      return stream ? (await collect(bedrock().streamText(call))).result : bedrock().generateText(call);
    };
    const blocked = await run([
      { type: 'text', text: 'Context: fine.' },
      { type: 'text', text: `Question: the ${GUARDRAIL_TRIGGER}?`, guard: { qualifiers: ['query'] } },
    ]);
    expect(routeOf(request(0))).toBe(stream ? 'converse-stream' : 'converse');
    expect(request(0).body.messages[0].content).toEqual([
      { text: 'Context: fine.' },
      { guardContent: { text: { text: `Question: the ${GUARDRAIL_TRIGGER}?`, qualifiers: ['query'] } } },
    ]);
    expect(blocked.finishReason).toBe('content-filter');
    // The trigger in an earlier, unguarded turn: with guardContent only the guarded text is assessed (the answer echoes the last turn).
    const earlier: Message[] = [
      { role: 'user', content: `Tell me about the ${GUARDRAIL_TRIGGER}.` },
      { role: 'assistant', content: 'Later.' },
    ];
    const passed = await run([{ type: 'text', text: 'Question: is it fine?', guard: true }], earlier);
    expect(request(1).body.messages[2].content).toEqual([{ guardContent: { text: { text: 'Question: is it fine?' } } }]);
    expect(passed.finishReason).toBe('stop');
  });

  it('forcing InvokeModel, or a bad qualifier, is an InputError before sending', async () => {
    const guarded: Message = { role: 'user', content: [{ type: 'text', text: 'Hi', guard: true }] };
    const forced = await failure(bedrock().generateText({ model: haiku3, messages: [guarded], providerOptions: { useConverse: false } }));
    expect(forced).toBeInstanceOf(InputError);
    expect(forced?.message).toMatch(/guarded text part \(guardContent\)/);
    const bad: Message = { role: 'user', content: [{ type: 'text', text: 'Hi', guard: { qualifiers: ['everything' as never] } }] };
    const qualifier = await failure(bedrock().generateText({ model: haiku3, messages: [bad] }));
    expect(qualifier).toBeInstanceOf(InputError);
    expect(qualifier?.message).toMatch(/messages\[0\]\.content\[0\]\.guard must be true or \{ qualifiers/);
    expect(context.emulator.requests).toHaveLength(0);
  });
});
