import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { GUARDRAIL_BLOCKED_MESSAGE, GUARDRAIL_TRIGGER } from './guardrail/guardrail-trigger';
import { startEmulator } from './start-emulator';
import { callEmulator, readEvents } from './test-support/call-emulator';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const claude = (text: string, extra: Record<string, unknown> = {}) => ({
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 200,
  messages: [{ role: 'user', content: text }],
  ...extra,
});
const guardrailHeaders = { 'X-Amzn-Bedrock-GuardrailIdentifier': 'gr1abc', 'X-Amzn-Bedrock-GuardrailVersion': 'DRAFT' };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function invoke(body: unknown, headers: Record<string, string> = {}) {
  const response = await callEmulator(emulator, 'invoke', model, body, { headers });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('InvokeModel settings headers', () => {
  it('echoes the service tier and latency in the response headers the service model names', async () => {
    const { status, headers } = await invoke(claude('Hi'), { 'X-Amzn-Bedrock-Service-Tier': 'priority', 'X-Amzn-Bedrock-PerformanceConfig-Latency': 'optimized' });
    expect(status).toBe(200);
    expect(headers.get('x-amzn-bedrock-service-tier')).toBe('priority');
    expect(headers.get('x-amzn-bedrock-performanceconfig-latency')).toBe('optimized');
    // A browser page may read them (CORS).
    expect(headers.get('access-control-expose-headers')).toContain('x-amzn-bedrock-service-tier');
    expect(headers.get('access-control-expose-headers')).toContain('x-amzn-bedrock-performanceconfig-latency');
    const plain = await invoke(claude('Hi'));
    expect(plain.headers.get('x-amzn-bedrock-service-tier')).toBeNull();
  });

  it('InvokeModelWithResponseStream echoes them too', async () => {
    const response = await callEmulator(emulator, 'invoke-with-response-stream', model, claude('Hi'), { headers: { 'X-Amzn-Bedrock-Service-Tier': 'flex' } });
    expect(response.headers.get('x-amzn-bedrock-service-tier')).toBe('flex');
    await response.arrayBuffer();
  });

  it('validates every settings header against its shape', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'X-Amzn-Bedrock-Service-Tier': 'gold' }, /Value 'gold' at 'serviceTier' failed to satisfy constraint: Member must satisfy enum value set: \[priority, default, flex, reserved\]/],
      [{ 'X-Amzn-Bedrock-PerformanceConfig-Latency': 'fast' }, /at 'performanceConfigLatency'/],
      [{ ...guardrailHeaders, 'X-Amzn-Bedrock-Trace': 'enabled' }, /at 'trace' failed to satisfy constraint: Member must satisfy enum value set: \[ENABLED, DISABLED, ENABLED_FULL\]/],
      [{ 'X-Amzn-Bedrock-GuardrailIdentifier': 'gr1abc' }, /X-Amzn-Bedrock-GuardrailVersion header is required/],
      [{ 'X-Amzn-Bedrock-GuardrailVersion': '1' }, /X-Amzn-Bedrock-GuardrailIdentifier header is required/],
      [{ ...guardrailHeaders, 'X-Amzn-Bedrock-GuardrailVersion': 'latest' }, /at 'guardrailVersion' failed to satisfy constraint: Member must satisfy regular expression pattern/],
      [{ 'X-Amzn-Bedrock-Request-Metadata': 'not json' }, /at 'requestMetadata' failed to satisfy constraint: Member must be a JSON object/],
      [{ 'X-Amzn-Bedrock-Request-Metadata': '{}' }, /'requestMetadata' failed to satisfy constraint: Member must have length greater than or equal to 1/],
      [{ 'X-Amzn-Bedrock-Request-Metadata': JSON.stringify({ k: 1 }) }, /'requestMetadata\.k\.value' failed to satisfy constraint: Member must be a string/],
      [{ 'X-Amzn-Bedrock-Request-Metadata': JSON.stringify(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']))) }, /less than or equal to 16/],
      [{ 'X-Amzn-Bedrock-Request-Metadata': JSON.stringify({ a: 'x'.repeat(8600) }) }, /at 'requestMetadata' failed to satisfy constraint: Member must have length less than or equal to 8500/],
    ];
    for (const [headers, message] of cases) {
      const answer = await invoke(claude('Hi'), headers);
      expect(answer.status, JSON.stringify(headers)).toBe(400);
      expect(answer.headers.get('x-amzn-errortype')).toBe('ValidationException');
      expect(answer.body.message).toMatch(message);
    }
    expect((await invoke(claude('Hi'), { 'X-Amzn-Bedrock-Request-Metadata': JSON.stringify({ team: 'search', 'cost:center': 'a/b' }) })).status).toBe(200);
  });
});

describe('native guardrails', () => {
  it(`the trigger intervenes: amazon-bedrock-guardrailAction INTERVENED and amazon-bedrock-trace in the body`, async () => {
    const { body } = await invoke(claude(`Tell me about the ${GUARDRAIL_TRIGGER}`), { ...guardrailHeaders, 'X-Amzn-Bedrock-Trace': 'ENABLED' });
    expect(body['amazon-bedrock-guardrailAction']).toBe('INTERVENED');
    expect(body.content).toEqual([{ type: 'text', text: GUARDRAIL_BLOCKED_MESSAGE }]);
    expect(body['amazon-bedrock-trace'].guardrail.inputAssessment.gr1abc.wordPolicy.customWords[0].match).toBe(GUARDRAIL_TRIGGER);
  });

  it('NONE when it passes; no trace unless the trace header asks; no guardrail fields without a guardrail', async () => {
    const passed = (await invoke(claude('Hi'), guardrailHeaders)).body;
    expect(passed['amazon-bedrock-guardrailAction']).toBe('NONE');
    expect(passed['amazon-bedrock-trace']).toBeUndefined();
    const none = (await invoke(claude(GUARDRAIL_TRIGGER))).body;
    expect(none['amazon-bedrock-guardrailAction']).toBeUndefined();
  });

  it('streaming: the action and trace ride in the final chunk; amazon-bedrock-guardrailConfig sets the processing mode', async () => {
    const body = claude(`${GUARDRAIL_TRIGGER}?`, { 'amazon-bedrock-guardrailConfig': { streamProcessingMode: 'ASYNCHRONOUS' } });
    const response = await callEmulator(emulator, 'invoke-with-response-stream', model, body, { headers: { ...guardrailHeaders, 'X-Amzn-Bedrock-Trace': 'ENABLED_FULL' } });
    expect(response.status).toBe(200);
    const chunks = (await readEvents(response)).map((e) => e.payload.bytes);
    const last = chunks.at(-1);
    expect(last.type).toBe('message_stop');
    expect(last['amazon-bedrock-guardrailAction']).toBe('INTERVENED');
    expect(last['amazon-bedrock-trace'].guardrail.actionReason).toBe('Guardrail blocked.');
    expect(last['amazon-bedrock-invocationMetrics']).toBeDefined();
    expect(chunks.filter((c) => c.type === 'content_block_delta').map((c) => c.delta.text).join('')).toBe(GUARDRAIL_BLOCKED_MESSAGE);
  });

  it('refuses amazon-bedrock-guardrailConfig on InvokeModel, with a bad mode, or without the guardrail headers', async () => {
    const withConfig = (mode: unknown) => claude('Hi', { 'amazon-bedrock-guardrailConfig': { streamProcessingMode: mode } });
    expect((await invoke(withConfig('SYNCHRONOUS'), guardrailHeaders)).body.message).toMatch(/only supported by InvokeModelWithResponseStream/);
    const stream = async (body: unknown, headers: Record<string, string>) => {
      const response = await callEmulator(emulator, 'invoke-with-response-stream', model, body, { headers });
      return { status: response.status, body: await response.json() };
    };
    expect((await stream(withConfig('sync'), guardrailHeaders)).body.message).toMatch(/SYNCHRONOUS' \| 'ASYNCHRONOUS/);
    expect((await stream(withConfig('SYNCHRONOUS'), {})).body.message).toMatch(/requires the X-Amzn-Bedrock-GuardrailIdentifier/);
  });

  it('tagSuffix (both routes): only the tagged input is assessed', async () => {
    const tag = (text: string) => `<amazon-bedrock-guardrails-guardContent_xyz>${text}</amazon-bedrock-guardrails-guardContent_xyz>`;
    const config = { 'amazon-bedrock-guardrailConfig': { tagSuffix: 'xyz' } };
    const system = { system: `Never discuss the ${GUARDRAIL_TRIGGER}.` };
    expect((await invoke(claude(tag('What is the weather?'), { ...config, ...system }), guardrailHeaders)).body['amazon-bedrock-guardrailAction']).toBe('NONE');
    expect((await invoke(claude(tag(`And the ${GUARDRAIL_TRIGGER}?`), config), guardrailHeaders)).body['amazon-bedrock-guardrailAction']).toBe('INTERVENED');
    expect((await invoke(claude('Hi', { 'amazon-bedrock-guardrailConfig': { tagSuffix: 'bad suffix!' } }), guardrailHeaders)).status).toBe(400);
  });

  it('a scripted native intervention on the output', async () => {
    emulator.enqueue({ guardrail: { source: 'output', message: 'No.' } });
    const { body } = await invoke(claude('Hi'), { ...guardrailHeaders, 'X-Amzn-Bedrock-Trace': 'ENABLED' });
    expect(body.content[0].text).toBe('No.');
    expect(body['amazon-bedrock-trace'].guardrail.outputAssessments.gr1abc[0].wordPolicy).toBeDefined();
  });

  it('native Claude reports the matched stop sequence', async () => {
    const { body } = await invoke(claude('Hi', { stop_sequences: ['emulator'] }));
    expect(body.stop_reason).toBe('stop_sequence');
    expect(body.stop_sequence).toBe('emulator');
  });
});
