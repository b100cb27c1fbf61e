import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { GUARDRAIL_BLOCKED_MESSAGE, GUARDRAIL_TRIGGER } from './guardrail/guardrail-trigger';
import { startEmulator } from './start-emulator';
import { callEmulator, readEvents } from './test-support/call-emulator';

const model = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const user = (text: string) => ({ role: 'user', content: [{ text }] });
const guardrailConfig = { guardrailIdentifier: 'gr1abc', guardrailVersion: '1' };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ prompts: { PROMPT1234: 'Write a haiku about {{topic}} in {{language}}.' } });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function converse(body: unknown) {
  const response = await callEmulator(emulator, 'converse', model, body);
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: await response.json() };
}

describe('guardrails on Converse', () => {
  it(`a prompt containing "${GUARDRAIL_TRIGGER}" intervenes: blocked message, guardrail_intervened, the trace when enabled`, async () => {
    const { status, body } = await converse({ messages: [user(`Tell me about the ${GUARDRAIL_TRIGGER}.`)], guardrailConfig: { ...guardrailConfig, trace: 'enabled' } });
    expect(status).toBe(200);
    expect(body.stopReason).toBe('guardrail_intervened');
    expect(body.output.message.content).toEqual([{ text: GUARDRAIL_BLOCKED_MESSAGE }]);
    expect(body.trace.guardrail.actionReason).toBe('Guardrail blocked.');
    expect(body.trace.guardrail.inputAssessment.gr1abc.wordPolicy).toEqual({
      customWords: [{ action: 'BLOCKED', detected: true, match: GUARDRAIL_TRIGGER }],
      managedWordLists: [],
    });
    expect(body.trace.guardrail.inputAssessment.gr1abc.invocationMetrics.usage.wordPolicyUnits).toBe(1);
    expect(body.trace.guardrail.outputAssessments).toBeUndefined();
  });

  it('without the trigger the guardrail passes; the trace (default disabled) is left out unless asked for', async () => {
    const plain = await converse({ messages: [user('Hi')], guardrailConfig });
    expect(plain.body.stopReason).toBe('end_turn');
    expect(plain.body.trace).toBeUndefined();
    const traced = await converse({ messages: [user('Hi')], guardrailConfig: { ...guardrailConfig, trace: 'enabled_full' } });
    expect(traced.body.trace.guardrail.inputAssessment.gr1abc.wordPolicy).toBeUndefined();
    expect(traced.body.trace.guardrail.outputAssessments.gr1abc).toHaveLength(1);
    expect(traced.body.trace.guardrail.modelOutput).toEqual(['Hello from the bedrock-kit emulator. You said: Hi']);
  });

  it('no guardrail named: the trigger word is just text', async () => {
    expect((await converse({ messages: [user(GUARDRAIL_TRIGGER)] })).body.stopReason).toBe('end_turn');
  });

  it('with guardContent blocks only those are assessed', async () => {
    const body = {
      system: [{ text: `Background: ${GUARDRAIL_TRIGGER}.` }],
      messages: [{ role: 'user', content: [{ guardContent: { text: { text: 'the question', qualifiers: ['query'] } } }] }],
      guardrailConfig,
    };
    // Without guardContent the system text is assessed too.
    expect((await converse({ ...body, messages: [user('the question')] })).body.stopReason).toBe('guardrail_intervened');
    expect((await converse(body)).body.stopReason).toBe('end_turn');
    const guarded = { ...body, messages: [{ role: 'user', content: [{ guardContent: { text: { text: `a ${GUARDRAIL_TRIGGER} question` } } }] }] };
    expect((await converse(guarded)).body.stopReason).toBe('guardrail_intervened');
  });

  it('a scripted intervention on the output, with its own message, on ConverseStream: trace in the metadata event', async () => {
    emulator.enqueue({ guardrail: { source: 'output', message: 'Blocked answer.' } });
    const response = await callEmulator(emulator, 'converse-stream', model, {
      messages: [user('Hi')],
      guardrailConfig: { ...guardrailConfig, trace: 'enabled', streamProcessingMode: 'async' },
    });
    const events = await readEvents(response);
    expect(events.map((e) => e.type)).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockStop', 'messageStop', 'metadata']);
    expect(events.filter((e) => e.type === 'contentBlockDelta').map((e) => e.payload.delta.text).join('')).toBe('Blocked answer.');
    expect(events[4]!.payload.stopReason).toBe('guardrail_intervened');
    const trace = events[5]!.payload.trace.guardrail;
    expect(trace.outputAssessments.gr1abc[0].wordPolicy.customWords[0].detected).toBe(true);
    expect(trace.inputAssessment.gr1abc.wordPolicy).toBeUndefined();
  });

  it('validates guardrailConfig: id and version required, streamProcessingMode only on ConverseStream, trace enum, id pattern', async () => {
    const cases: [unknown, RegExp][] = [
      [{ guardrailVersion: '1' }, /guardrailIdentifier field is required/],
      [{ guardrailIdentifier: 'gr1abc' }, /guardrailVersion field is required/],
      [{ ...guardrailConfig, streamProcessingMode: 'sync' }, /guardrailConfig\.streamProcessingMode' failed to satisfy constraint: Member is not a known field/],
      [{ ...guardrailConfig, trace: 'ENABLED' }, /guardrailConfig\.trace' failed to satisfy constraint: Member must satisfy enum value set: \[enabled, disabled, enabled_full\]/],
      [{ ...guardrailConfig, guardrailIdentifier: 'Not Valid!' }, /guardrailConfig\.guardrailIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern/],
      [{ ...guardrailConfig, guardrailVersion: 'v1' }, /guardrailConfig\.guardrailVersion' failed to satisfy constraint/],
    ];
    for (const [config, message] of cases) {
      const answer = await converse({ messages: [user('Hi')], guardrailConfig: config });
      expect(answer.status).toBe(400);
      expect(answer.type).toBe('ValidationException');
      expect(answer.body.message).toMatch(message);
    }
  });
});

describe('service tier, latency, request metadata', () => {
  it('echoes serviceTier and performanceConfig in the Converse body and the stream metadata event', async () => {
    const settings = { serviceTier: { type: 'flex' }, performanceConfig: { latency: 'optimized' } };
    const { body } = await converse({ messages: [user('Hi')], ...settings });
    expect(body.serviceTier).toEqual({ type: 'flex' });
    expect(body.performanceConfig).toEqual({ latency: 'optimized' });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, { messages: [user('Hi')], ...settings }));
    expect(events.at(-1)!.payload).toMatchObject(settings);
    expect((await converse({ messages: [user('Hi')] })).body.serviceTier).toBeUndefined();
  });

  it('a script reports another tier than the one asked for', async () => {
    emulator.enqueue({ reply: { text: 'ok', serviceTier: 'default' } });
    expect((await converse({ messages: [user('Hi')], serviceTier: { type: 'priority' } })).body.serviceTier).toEqual({ type: 'default' });
  });

  it('refuses an unknown tier or latency', async () => {
    expect((await converse({ messages: [user('Hi')], serviceTier: { type: 'gold' } })).body.message).toMatch(/serviceTier\.type' failed to satisfy constraint: Member must satisfy enum value set: \[priority, default, flex, reserved\]/);
    expect((await converse({ messages: [user('Hi')], performanceConfig: { latency: 'fast' } })).status).toBe(400);
  });

  it('validates requestMetadata: 1–16 entries, key and value patterns', async () => {
    expect((await converse({ messages: [user('Hi')], requestMetadata: { team: 'search', 'cost:center': 'a/b+c=d' } })).status).toBe(200);
    const seventeen = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    expect((await converse({ messages: [user('Hi')], requestMetadata: seventeen })).body.message).toMatch(/'requestMetadata' failed to satisfy constraint: Member must have length less than or equal to 16/);
    expect((await converse({ messages: [user('Hi')], requestMetadata: {} })).body.message).toMatch(/greater than or equal to 1/);
    expect((await converse({ messages: [user('Hi')], requestMetadata: { 'bad\u0000key': 'v' } })).body.message).toMatch(/requestMetadata\.bad.*\.key' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    expect((await converse({ messages: [user('Hi')], requestMetadata: { k: 'x'.repeat(257) } })).body.message).toMatch(/requestMetadata\.k\.value' failed to satisfy constraint: Member must have length less than or equal to 256/);
    expect((await converse({ messages: [user('Hi')], requestMetadata: { k: 'ünïcode' } })).status).toBe(400);
  });
});

describe('additionalModelResponseFieldPaths', () => {
  it('/stop_sequence returns the matched stop sequence (Converse and the stream messageStop)', async () => {
    const body = { messages: [user('Hi')], inferenceConfig: { stopSequences: ['emulator'] }, additionalModelResponseFieldPaths: ['/stop_sequence'] };
    const answer = (await converse(body)).body;
    expect(answer.stopReason).toBe('stop_sequence');
    expect(answer.output.message.content[0].text).toBe('Hello from the bedrock-kit ');
    expect(answer.additionalModelResponseFields).toEqual({ stop_sequence: 'emulator' });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, body));
    expect(events.find((e) => e.type === 'messageStop')!.payload).toMatchObject({ stopReason: 'stop_sequence', additionalModelResponseFields: { stop_sequence: 'emulator' } });
  });

  it('null when no sequence matched; absent when not asked; refuses a path that is not a JSON pointer', async () => {
    expect((await converse({ messages: [user('Hi')], additionalModelResponseFieldPaths: ['/stop_sequence'] })).body.additionalModelResponseFields).toEqual({ stop_sequence: null });
    expect((await converse({ messages: [user('Hi')], inferenceConfig: { stopSequences: ['emulator'] } })).body.additionalModelResponseFields).toBeUndefined();
    expect((await converse({ messages: [user('Hi')], additionalModelResponseFieldPaths: ['stop_sequence'] })).body.message).toMatch(/not a valid JSON pointer/);
  });
});

describe('outputConfig.textFormat (structured output)', () => {
  const schema = {
    type: 'object',
    properties: { city: { type: 'string', minLength: 3 }, population: { type: 'integer', minimum: 1000 }, tags: { type: 'array', items: { enum: ['big', 'old'] } } },
    required: ['city', 'population', 'tags'],
    additionalProperties: false,
  };
  const outputConfig = { textFormat: { type: 'json_schema', structure: { jsonSchema: { schema: JSON.stringify(schema), name: 'city' } } } };

  it('answers JSON text that fits the schema, streaming too', async () => {
    const { body } = await converse({ messages: [user('A city?')], outputConfig });
    expect(JSON.parse(body.output.message.content[0].text)).toEqual({ city: 'example', population: 1000, tags: ['big'] });
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', model, { messages: [user('A city?')], outputConfig }));
    const text = events.filter((e) => e.type === 'contentBlockDelta').map((e) => e.payload.delta.text).join('');
    expect(JSON.parse(text)).toEqual({ city: 'example', population: 1000, tags: ['big'] });
  });

  it('refuses a schema that is not JSON, or not an object', async () => {
    const bad = (schemaText: string) => ({ textFormat: { type: 'json_schema', structure: { jsonSchema: { schema: schemaText } } } });
    expect((await converse({ messages: [user('x')], outputConfig: bad('{nope') })).body.message).toMatch(/is not valid JSON/);
    expect((await converse({ messages: [user('x')], outputConfig: bad('[1]') })).body.message).toMatch(/must be a JSON object/);
    expect((await converse({ messages: [user('x')], outputConfig: { textFormat: { type: 'xml', structure: { jsonSchema: { schema: '{}' } } } } })).status).toBe(400);
  });
});

describe('2026 message content', () => {
  it('accepts a system message mid-conversation (outside the alternation) and refuses one with an image', async () => {
    const messages = [user('Hi'), { role: 'assistant', content: [{ text: 'Hello' }] }, { role: 'system', content: [{ text: 'Answer in French.' }] }, user('Again')];
    const { status, body } = await converse({ messages });
    expect(status).toBe(200);
    expect(body.output.message.content[0].text).toBe('Hello from the bedrock-kit emulator. You said: Again');
    const image = { image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } };
    const bad = [user('Hi'), { role: 'system', content: [image] }];
    expect((await converse({ messages: bad })).body.message).toMatch(/a system message can only contain text/);
    expect((await converse({ messages: [{ role: 'system', content: [{ text: 'x' }] }, user('Hi')] })).body.message).toMatch(/must start with a user message/);
  });

  it('accepts video blocks, s3Location sources (image, document, video) and refuses a bad S3 URI or video format', async () => {
    const content = [
      { text: 'Describe these' },
      { video: { format: 'mp4', source: { s3Location: { uri: 's3://my-bucket/clip.mp4', bucketOwner: '123456789012' } } } },
      { video: { format: 'three_gp', source: { bytes: 'AAAA' } } },
      { image: { format: 'png', source: { s3Location: { uri: 's3://my-bucket/a.png' } } } },
      { document: { format: 'pdf', name: 'report', source: { s3Location: { uri: 's3://my-bucket/r.pdf' } } } },
    ];
    expect((await converse({ messages: [{ role: 'user', content }] })).status).toBe(200);
    const badUri = [{ video: { format: 'mp4', source: { s3Location: { uri: 'https://bucket/clip.mp4' } } } }];
    expect((await converse({ messages: [{ role: 'user', content: badUri }] })).body.message).toMatch(/s3Location\.uri' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    const badOwner = [{ image: { format: 'png', source: { s3Location: { uri: 's3://bucket/a.png', bucketOwner: '12' } } } }];
    expect((await converse({ messages: [{ role: 'user', content: badOwner }] })).status).toBe(400);
    expect((await converse({ messages: [{ role: 'user', content: [{ video: { format: 'avi', source: { bytes: 'AAAA' } } }] }] })).status).toBe(400);
  });

  it('cache points in system and messages: a write, then a read of the same prefix', async () => {
    const body = { system: [{ text: 'Long instructions.' }, { cachePoint: { type: 'default', ttl: '1h' } }], messages: [{ role: 'user', content: [{ text: 'Doc' }, { cachePoint: { type: 'default' } }, { text: 'Q' }] }] };
    const first = (await converse(body)).body.usage;
    const second = (await converse(body)).body.usage;
    expect(first.cacheWriteInputTokens).toBeGreaterThan(0);
    expect(first.cacheReadInputTokens).toBe(0);
    expect(second.cacheReadInputTokens).toBe(first.cacheWriteInputTokens);
    expect((await converse({ messages: [{ role: 'user', content: [{ text: 'x' }, { cachePoint: { type: 'default', ttl: '2h' } }] }] })).status).toBe(400);
  });

  it('tool results with image, document and video content are echoed without their bytes', async () => {
    const toolConfig = { tools: [{ toolSpec: { name: 'snap', inputSchema: { json: { type: 'object' } } } }] };
    const messages = [
      user('Take a picture'),
      { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'snap', input: {} } }] },
      {
        role: 'user',
        content: [
          {
            toolResult: {
              toolUseId: 't1',
              content: [
                { image: { format: 'jpeg', source: { bytes: '/9j/4AAQ' } } },
                { document: { format: 'txt', name: 'notes', source: { text: 'hello' } } },
                { video: { format: 'mov', source: { s3Location: { uri: 's3://bucket/v.mov' } } } },
              ],
            },
          },
        ],
      },
    ];
    const { status, body } = await converse({ messages, toolConfig });
    expect(body.message).toBeUndefined();
    expect(status).toBe(200);
    expect(JSON.parse(body.output.message.content[0].text.replace('The tool returned: ', ''))).toEqual([
      { image: { format: 'jpeg', source: 'bytes' } },
      { document: { format: 'txt', name: 'notes', source: 'bytes' } },
      { video: { format: 'mov', source: { s3Uri: 's3://bucket/v.mov' } } },
    ]);
  });

  it('a document with citations enabled is answered with a citations block', async () => {
    const document = { format: 'txt', name: 'facts', source: { text: 'The sky is blue because of Rayleigh scattering.' }, citations: { enabled: true } };
    const { body } = await converse({ messages: [{ role: 'user', content: [{ document }, { text: 'Why is the sky blue?' }] }] });
    const block = body.output.message.content[0].citationsContent;
    expect(block.citations[0]).toEqual({
      location: { documentChar: { documentIndex: 0, start: 0, end: 40 } },
      sourceContent: [{ text: 'The sky is blue because of Rayleigh scat' }],
      title: 'facts',
    });
  });
});

describe('prompt-management ARNs', () => {
  const promptArn = 'arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT1234:2';

  it('fills the prompt template with promptVariables; messages may be omitted', async () => {
    const response = await callEmulator(emulator, 'converse', promptArn, { promptVariables: { topic: { text: 'rain' }, language: { text: 'French' } } });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.output.message.content[0].text).toBe('Hello from the bedrock-kit emulator. You said: Write a haiku about rain in French.');
    expect(emulator.requests[0]!.modelId).toBe(promptArn);
  });

  it('an unknown prompt gets a template naming its variables; ConverseStream works too', async () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:prompt/ABCDEFGHIJ';
    const events = await readEvents(await callEmulator(emulator, 'converse-stream', arn, { promptVariables: { city: { text: 'Oslo' } } }));
    expect(events.filter((e) => e.type === 'contentBlockDelta').map((e) => e.payload.delta.text).join('')).toBe(
      'Hello from the bedrock-kit emulator. You said: Prompt ABCDEFGHIJ: city=Oslo',
    );
  });

  it('refuses fields the prompt owns, and promptVariables with a model ID', async () => {
    const owned = await callEmulator(emulator, 'converse', promptArn, { promptVariables: {}, system: [{ text: 'x' }] });
    expect((await owned.json()).message).toMatch(/The system field can't be used with a prompt resource/);
    expect((await converse({ messages: [user('Hi')], promptVariables: { a: { text: 'b' } } })).body.message).toMatch(/promptVariables field can only be used/);
  });
});

describe('reasoning requests', () => {
  it.each([
    ['Claude adaptive thinking', { thinking: { type: 'adaptive' } }],
    ['Claude budget thinking', { thinking: { type: 'enabled', budget_tokens: 1024 } }],
    ['Nova reasoningConfig', { reasoningConfig: { type: 'enabled', maxReasoningEffort: 'low' } }],
  ])('%s gets a signed reasoning block first', async (_name, additionalModelRequestFields) => {
    const { body } = await converse({ messages: [user('Hi')], additionalModelRequestFields, outputConfig: { effort: 'high' } });
    expect(body.output.message.content[0].reasoningContent.reasoningText).toEqual({ text: expect.any(String), signature: expect.any(String) });
    expect(body.output.message.content[1].text).toBe('Hello from the bedrock-kit emulator. You said: Hi');
  });
});
