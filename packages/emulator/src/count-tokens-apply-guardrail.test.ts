import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { GUARDRAIL_BLOCKED_MESSAGE, GUARDRAIL_TRIGGER } from './guardrail/guardrail-trigger';
import { startEmulator } from './start-emulator';
import { callEmulator, postEmulator } from './test-support/call-emulator';

const model = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const converseInput = {
  system: [{ text: 'Be brief.' }],
  messages: [{ role: 'user', content: [{ text: 'How many tokens is this sentence?' }] }],
  toolConfig: { tools: [{ toolSpec: { name: 'noop', inputSchema: { json: { type: 'object' } } } }], toolChoice: { auto: {} } },
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const countTokens = async (modelId: string, body: unknown) => {
  const response = await postEmulator(emulator, `/model/${encodeURIComponent(modelId)}/count-tokens`, body);
  return { status: response.status, body: await response.json() };
};

describe('CountTokens', () => {
  it('counts input.converse exactly as Converse reports usage.inputTokens', async () => {
    const counted = await countTokens(model, { input: { converse: converseInput } });
    expect(counted.status).toBe(200);
    expect(counted.body).toEqual({ inputTokens: expect.any(Number) });
    const converse = await (await callEmulator(emulator, 'converse', model, converseInput)).json();
    expect(counted.body.inputTokens).toBe(converse.usage.inputTokens);
    expect(emulator.requests[0]!.route).toBe('count-tokens');
  });

  it('counts input.invokeModel.body (base64 of the native body) as InvokeModel does', async () => {
    const native = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 50, messages: [{ role: 'user', content: 'Count me' }] };
    const counted = await countTokens(model, { input: { invokeModel: { body: Buffer.from(JSON.stringify(native)).toString('base64') } } });
    const invoked = await callEmulator(emulator, 'invoke', model, native);
    expect(counted.body.inputTokens).toBe(Number(invoked.headers.get('x-amzn-bedrock-input-token-count')));
    await invoked.arrayBuffer();
  });

  it('refuses a profile ID, both or neither input, a native body missing its keys, a body that is not base64 JSON', async () => {
    expect((await countTokens(`us.${model}`, { input: { converse: converseInput } })).body.message).toMatch(/takes a foundation model ID \(anthropic\.claude-3-5-haiku-20241022-v1:0\)/);
    const both = { input: { converse: converseInput, invokeModel: { body: 'e30=' } } };
    expect((await countTokens(model, both)).body.message).toMatch(/Member must have exactly one member set \(2 set\) for union CountTokensInput/);
    expect((await countTokens(model, {})).body.message).toMatch(/'input' failed to satisfy constraint: Member must not be null/);
    expect((await countTokens(model, { input: { invokeModel: { body: 'e30=' } } })).body.message).toMatch(/required key \[anthropic_version\] not found/);
    expect((await countTokens(model, { input: { invokeModel: { body: 'bm9wZQ==' } } })).status).toBe(400);
    expect((await countTokens(model, { input: { converse: { messages: [{ role: 'assistant', content: [{ text: 'x' }] }] } } })).body.message).toMatch(/start with a user message/);
  });
});

describe('ApplyGuardrail', () => {
  const apply = async (body: unknown, id = 'gr1abc', version = '1') => {
    const response = await postEmulator(emulator, `/guardrail/${encodeURIComponent(id)}/version/${version}/apply`, body);
    return { status: response.status, body: await response.json() };
  };

  it('NONE for clean text: empty outputs, assessments, usage and coverage in the service shapes', async () => {
    const { status, body } = await apply({ source: 'INPUT', content: [{ text: { text: 'Hello there' } }] });
    expect(status).toBe(200);
    expect(body).toEqual({
      action: 'NONE',
      assessments: [{ invocationMetrics: { guardrailCoverage: { textCharacters: { guarded: 11, total: 11 } }, guardrailProcessingLatency: 12, usage: expect.any(Object) } }],
      guardrailCoverage: { textCharacters: { guarded: 11, total: 11 } },
      outputs: [],
      usage: { contentPolicyUnits: 1, contextualGroundingPolicyUnits: 0, sensitiveInformationPolicyFreeUnits: 0, sensitiveInformationPolicyUnits: 0, topicPolicyUnits: 0, wordPolicyUnits: 1 },
    });
    expect(emulator.requests[0]).toMatchObject({ route: 'apply-guardrail', guardrail: { id: 'gr1abc', version: '1' } });
  });

  it('GUARDRAIL_INTERVENED for the trigger: blocked message output, word-policy assessment, action reason', async () => {
    const { body } = await apply({ source: 'OUTPUT', content: [{ text: { text: `About the ${GUARDRAIL_TRIGGER}` } }], outputScope: 'INTERVENTIONS' });
    expect(body.action).toBe('GUARDRAIL_INTERVENED');
    expect(body.actionReason).toBe('Guardrail blocked.');
    expect(body.outputs).toEqual([{ text: GUARDRAIL_BLOCKED_MESSAGE }]);
    expect(body.assessments[0].wordPolicy.customWords).toEqual([{ action: 'BLOCKED', detected: true, match: GUARDRAIL_TRIGGER }]);
  });

  it('outputScope FULL returns the texts when nothing was blocked; a script decides the outcome', async () => {
    expect((await apply({ source: 'INPUT', content: [{ text: { text: 'a' } }, { text: { text: 'b' } }], outputScope: 'FULL' })).body.outputs).toEqual([{ text: 'a' }, { text: 'b' }]);
    emulator.enqueue({ match: { route: 'apply-guardrail' }, guardrail: { message: 'Masked.' } });
    const scripted = await apply({ source: 'INPUT', content: [{ text: { text: 'fine' } }] });
    expect(scripted.body).toMatchObject({ action: 'GUARDRAIL_INTERVENED', outputs: [{ text: 'Masked.' }] });
  });

  it('validates the path and body against the service model', async () => {
    expect((await apply({ source: 'input', content: [{ text: { text: 'a' } }] })).body.message).toMatch(/'source' failed to satisfy constraint: Member must satisfy enum value set: \[INPUT, OUTPUT\]/);
    expect((await apply({ source: 'INPUT' })).body.message).toMatch(/'content' failed to satisfy constraint: Member must not be null/);
    expect((await apply({ source: 'INPUT', content: [{ text: { text: 'a' } }] }, 'Bad Id')).body.message).toMatch(/'guardrailIdentifier' failed to satisfy constraint/);
    expect((await apply({ source: 'INPUT', content: [{ text: { text: 'a' } }] }, 'gr1abc', 'v2')).body.message).toMatch(/'guardrailVersion' failed to satisfy constraint/);
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/gr1abc';
    expect((await apply({ source: 'INPUT', content: [{ text: { text: 'a' } }] }, arn, 'DRAFT')).status).toBe(200);
  });
});
