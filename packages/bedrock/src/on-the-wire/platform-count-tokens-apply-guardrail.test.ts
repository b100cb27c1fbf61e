import { anthropic } from '@bedrock-kit/anthropic';
import { cohere } from '@bedrock-kit/cohere';
import { InputError, ServiceError, ThrottlingError, ValidationError } from '@bedrock-kit/core';
import { emulatorApiKey, GUARDRAIL_BLOCKED_MESSAGE, GUARDRAIL_TRIGGER } from '@bedrock-kit/emulator';
import { metaLlama } from '@bedrock-kit/meta-llama';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../calls/count-tokens';
import { createBedrockClient } from '../client/create-bedrock-client';
import { failure, routeOf, useFamilyEmulator, weatherTools } from './family-on-the-wire.test-support';

const sonnet37 = 'anthropic.claude-3-7-sonnet-20250219-v1:0';
const appProfile = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';
const { context, bedrock, request } = useFamilyEmulator([anthropic, cohere, metaLlama]);
const decodeBase64Json = (text: string) => JSON.parse(Buffer.from(text, 'base64').toString('utf8'));

describe('countTokens', () => {
  it('native route: input.invokeModel.body is the base64 of the body InvokeModel would send; the count is what InvokeModel reports', async () => {
    const call = { model: `us.${sonnet37}`, system: 'Be brief.', prompt: 'How many tokens is this?', maxTokens: 100 };
    const { inputTokens, requestId } = await bedrock().countTokens(call);
    const sent = request(0);
    // The foundation-model ID: CountTokens counts for the model, never a profile.
    expect(sent.path).toBe(`/model/${encodeURIComponent(sonnet37)}/count-tokens`);
    expect(Object.keys(sent.body.input)).toEqual(['invokeModel']);
    expect(requestId).toBe(sent.requestId);
    const generated = await bedrock().generateText(call);
    expect(routeOf(request(1))).toBe('invoke');
    expect(decodeBase64Json(sent.body.input.invokeModel.body)).toEqual(request(1).body);
    expect(decodeBase64Json(sent.body.input.invokeModel.body)).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, system: 'Be brief.' });
    expect(inputTokens).toBe(generated.usage.inputTokens);
  });

  it('Converse route: input.converse carries messages, system, toolConfig and additional fields, nothing else', async () => {
    const call = {
      model: `global.${sonnet37}`,
      system: 'Be brief.',
      prompt: 'Weather in Oslo?',
      tools: weatherTools,
      maxTokens: 100,
      temperature: 0.5,
      providerOptions: { additionalModelRequestFields: { top_k: 5 } },
    };
    const { inputTokens } = await countTokens(createBedrockClient({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [anthropic] }), call);
    const sent = request(0);
    expect(sent.path).toBe(`/model/${encodeURIComponent(sonnet37)}/count-tokens`);
    expect(Object.keys(sent.body.input.converse).sort()).toEqual(['additionalModelRequestFields', 'messages', 'system', 'toolConfig']);
    expect(sent.body.input.converse.system).toEqual([{ text: 'Be brief.' }]);
    expect(sent.body.input.converse.toolConfig.tools[0].toolSpec.name).toBe('weather');
    expect(sent.body.input.converse.additionalModelRequestFields).toEqual({ top_k: 5 });
    const generated = await bedrock().generateText({ ...call, model: `us.${sonnet37}` });
    expect(inputTokens).toBe(generated.usage.inputTokens);
  });

  it('an application inference profile ARN is counted with its baseModel', async () => {
    await bedrock().countTokens({ model: appProfile, prompt: 'Hi', providerOptions: { baseModel: sonnet37 } });
    expect(request(0).path).toBe(`/model/${encodeURIComponent(sonnet37)}/count-tokens`);
  });

  it('refuses before sending: a row without token counting, an ARN without baseModel, settings it has no field for', async () => {
    const cases: [Parameters<ReturnType<typeof bedrock>['countTokens']>[0], RegExp][] = [
      [{ model: 'us.meta.llama3-2-3b-instruct-v1:0', prompt: 'Hi' }, /CountTokens does not serve this model/],
      [{ model: 'anthropic.claude-3-haiku-20240307-v1:0', prompt: 'Hi' }, /CountTokens does not serve this model/],
      [{ model: appProfile, prompt: 'Hi' }, /set providerOptions\.baseModel/],
      [{ model: `us.${sonnet37}`, prompt: 'Hi', providerOptions: { guardrail: { id: 'gr1', version: '1' } } }, /providerOptions\.guardrail: countTokens has no field for it/],
      [{ model: `us.${sonnet37}`, prompt: 'Hi', providerOptions: { serviceTier: 'flex' } }, /providerOptions\.serviceTier: countTokens/],
      [{ model: `us.${sonnet37}`, prompt: 'Hi', providerOptions: { use_converse: true } as never }, /did you mean `useConverse`/],
      [{ model: `us.${sonnet37}`, messages: [] }, /messages is empty/],
    ];
    for (const [call, message] of cases) {
      const error = await failure(bedrock().countTokens(call));
      expect(error, JSON.stringify(call)).toBeInstanceOf(InputError);
      expect(error?.message).toMatch(message);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('goes through the one transport: a throttle is retried, a validation error typed', async () => {
    context.emulator.enqueue({ error: { status: 429, type: 'ThrottlingException', message: 'Too many requests' } });
    const { inputTokens } = await bedrock().countTokens({ model: `us.${sonnet37}`, prompt: 'Hi' });
    expect(inputTokens).toBeGreaterThan(0);
    expect(context.emulator.requests).toHaveLength(2);
    const noRetries = createBedrockClient({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [anthropic], maxRetries: 0 });
    context.emulator.enqueue({ error: { status: 429, type: 'ThrottlingException', message: 'Too many requests' } });
    expect(await failure(countTokens(noRetries, { model: `us.${sonnet37}`, prompt: 'Hi' }))).toBeInstanceOf(ThrottlingError);
    // A model no configured family knows: the service decides (the emulator: "The provided model identifier is invalid.")
    expect(await failure(createBedrockWithoutFamilies().countTokens({ model: 'x', prompt: 'Hi' }))).toBeInstanceOf(ValidationError);
  });
});

function createBedrockWithoutFamilies() {
  return { countTokens: (call: Parameters<typeof countTokens>[1]) => countTokens(createBedrockClient({ endpoint: context.emulator.url, apiKey: emulatorApiKey }), call) };
}

describe('applyGuardrail', () => {
  it('sends source, content and outputScope as the service model names them; an intervention comes back typed', async () => {
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const result = await bedrock().applyGuardrail({
      guardrail: { id: 'gr1abc', version: 'DRAFT' },
      source: 'input',
      content: [
        { type: 'text', text: `Tell me about the ${GUARDRAIL_TRIGGER}` },
        { type: 'image', data: image, mediaType: 'image/png' },
      ],
      outputScope: 'full',
    });
    const sent = request(0);
    expect(sent.path).toBe('/guardrail/gr1abc/version/DRAFT/apply');
    expect(sent.body).toEqual({
      source: 'INPUT',
      content: [{ text: { text: `Tell me about the ${GUARDRAIL_TRIGGER}` } }, { image: { format: 'png', source: { bytes: Buffer.from(image).toString('base64') } } }],
      outputScope: 'FULL',
    });
    expect(result).toMatchObject({ action: 'intervened', actionReason: 'Guardrail blocked.', outputs: [GUARDRAIL_BLOCKED_MESSAGE], requestId: sent.requestId });
    expect(result.assessments).toHaveLength(1);
    const characters = `Tell me about the ${GUARDRAIL_TRIGGER}`.length;
    expect(result.coverage).toEqual({ textCharacters: { guarded: characters, total: characters }, images: { guarded: 1, total: 1 } });
    expect(result.usage).toMatchObject({ wordPolicyUnits: expect.any(Number) });
  });

  it('passes: action none, no actionReason; output source', async () => {
    const result = await bedrock().applyGuardrail({ guardrail: { id: 'gr1abc', version: '1' }, source: 'output', content: [{ type: 'text', text: 'All fine.' }] });
    expect(request(0).body).toEqual({ source: 'OUTPUT', content: [{ text: { text: 'All fine.' } }] });
    expect(result.action).toBe('none');
    expect(result.outputs).toEqual([]);
    expect(result).not.toHaveProperty('actionReason');
  });

  it('members as the service sends them: null members dropped, unknown members kept', async () => {
    const body = {
      action: 'GUARDRAIL_INTERVENED',
      actionReason: null,
      outputs: [{ text: 'masked' }, null],
      assessments: [{ topicPolicy: null, wordPolicy: { customWords: [{ match: 'x', action: 'BLOCKED', detected: true }] }, futurePolicy: { score: 1 } }],
      usage: { wordPolicyUnits: 1, topicPolicyUnits: null, futureUnits: 3 },
      guardrailCoverage: null,
      somethingNew: true,
    };
    context.emulator.enqueue({ raw: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } });
    const result = await bedrock().applyGuardrail({ guardrail: { id: 'gr1abc', version: '1' }, source: 'input', content: [{ type: 'text', text: 'x' }] });
    expect(result).toEqual({
      action: 'intervened',
      outputs: ['masked'],
      assessments: [{ wordPolicy: { customWords: [{ match: 'x', action: 'BLOCKED', detected: true }] }, futurePolicy: { score: 1 } }],
      usage: { wordPolicyUnits: 1, futureUnits: 3 },
      requestId: expect.any(String),
    });
  });

  it('an action this version does not know is a ServiceError, not a guess', async () => {
    context.emulator.enqueue({ raw: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'MAYBE', outputs: [], assessments: [], usage: {} }) } });
    const error = await failure(bedrock().applyGuardrail({ guardrail: { id: 'gr1abc', version: '1' }, source: 'input', content: [{ type: 'text', text: 'x' }] }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error?.retryable).toBe(false);
  });

  it('bad input is an InputError naming the field, before the network', async () => {
    const text = [{ type: 'text' as const, text: 'x' }];
    const base = { guardrail: { id: 'gr1abc', version: '1' }, source: 'input' as const, content: text };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ guardrail: { id: '', version: '1' } }, /providerOptions\.guardrail\.id|guardrail\.id/],
      [{ guardrail: { id: 'gr1abc', version: 'v1' } }, /guardrail\.version/],
      [{ source: 'INPUT' }, /source must be 'input' or 'output'/],
      [{ outputScope: 'all' }, /outputScope must be 'interventions' or 'full'/],
      [{ content: [] }, /content must hold at least one/],
      [{ content: [{ type: 'image', data: 'AAAA', mediaType: 'image/gif' }] }, /content\[0\]\.mediaType "image\/gif": a guardrail assesses PNG and JPEG images only/],
      [{ content: [{ type: 'document', data: 'AAAA', mediaType: 'application/pdf' }] }, /content\[0\] must be a text or image part/],
      [{ providerOptions: { api_key: 'k' } }, /did you mean `apiKey`/],
      [{ providerOptions: { serviceTier: 'flex' } }, /providerOptions\.serviceTier: applyGuardrail takes apiKey, region, accessKeyId, secretAccessKey, sessionToken only/],
    ];
    for (const [change, message] of cases) {
      const error = await failure(bedrock().applyGuardrail({ ...base, ...change } as never));
      expect(error, JSON.stringify(change)).toBeInstanceOf(InputError);
      expect(error?.message).toMatch(message);
    }
    expect(context.emulator.requests).toHaveLength(0);
  });

  it('a guardrail ARN goes in the path encoded once', async () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/gr1abc';
    await bedrock().applyGuardrail({ guardrail: { id: arn, version: '1' }, source: 'input', content: [{ type: 'text', text: 'x' }] });
    expect(request(0).guardrail).toEqual({ id: arn, version: '1' });
  });
});
