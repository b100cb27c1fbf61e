import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Only what the package exports: a family package writes its emulator family with these.
import { invocationMetrics, missingKeysMessage, splitText, startEmulator, type Emulator, type NativeFamily, type Reply } from '../index';
import { callEmulator, readEvents } from '../test-support/call-emulator';

const textOf = (reply: Reply) => reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');

/** A family the emulator does not ship, taught by the options, as a family package's own tests do. */
const echoFamily: NativeFamily = {
  name: 'echo',
  matches: (id) => id.startsWith('example.echo-'),
  profileOnly: (id) => id.includes('-profile-only'),
  validate: (body) => missingKeysMessage(body, ['input']),
  view: (body) => ({ lastUserText: String(body.input), tools: [], inputText: String(body.input), reasoning: false, documents: [], citations: false }),
  renderResponse: (reply) => ({ output: textOf(reply), done: reply.stopReason }),
  renderStream: (reply) => [
    ...splitText(textOf(reply)).map((piece) => ({ delta: piece })),
    { done: reply.stopReason, 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) },
  ],
};

/** The same IDs as a built-in family, answered in another shape: a given family is matched first. */
const overridingFamily: NativeFamily = { ...echoFamily, name: 'overriding', matches: (id) => id.startsWith('deepseek.') };

let emulator: Emulator;
let plain: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ families: [echoFamily, overridingFamily] });
  plain = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
  await plain.close();
});

describe('native families given to startEmulator({ families })', () => {
  it('answers InvokeModel in the family body: its validation, its answer', async () => {
    const answer = await callEmulator(emulator, 'invoke', 'example.echo-v1:0', { input: 'Hi' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ output: 'Hello from the bedrock-kit emulator. You said: Hi', done: 'end_turn' });
    const refused = await callEmulator(emulator, 'invoke', 'example.echo-v1:0', { prompt: 'Hi' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toMatch(/required key \[input\] not found/);
  });

  it('streams its chunks, the invocation metrics on the last', async () => {
    const response = await callEmulator(emulator, 'invoke-with-response-stream', 'example.echo-v1:0', { input: 'Count' });
    const chunks = (await readEvents(response)).filter((event) => event.type === 'chunk').map((event) => event.payload.bytes);
    expect(chunks.slice(0, -1).map((chunk) => chunk.delta).join('')).toBe('Hello from the bedrock-kit emulator. You said: Count');
    expect(chunks.at(-1)).toMatchObject({ done: 'end_turn', 'amazon-bedrock-invocationMetrics': { outputTokenCount: expect.any(Number) } });
  });

  it('applies its profile rule and counts tokens of its body', async () => {
    const bare = await callEmulator(emulator, 'invoke', 'example.echo-profile-only-v1:0', { input: 'Hi' });
    expect(bare.status).toBe(400);
    expect((await bare.json()).message).toMatch(/on-demand throughput isn.t supported/);
    expect((await callEmulator(emulator, 'invoke', 'us.example.echo-profile-only-v1:0', { input: 'Hi' })).status).toBe(200);
    const body = Buffer.from(JSON.stringify({ input: 'x'.repeat(40) })).toString('base64');
    const counted = await callEmulator(emulator, 'count-tokens', 'example.echo-v1:0', { input: { invokeModel: { body } } });
    expect(await counted.json()).toEqual({ inputTokens: 10 });
  });

  it('is matched before a built-in family, and only in the emulator it was given to', async () => {
    const given = await callEmulator(emulator, 'invoke', 'deepseek.r1-v1:0', { input: 'Hi' });
    expect(await given.json()).toMatchObject({ output: expect.stringContaining('You said: Hi') });
    const builtIn = await callEmulator(plain, 'invoke', 'deepseek.r1-v1:0', { prompt: 'Hi' });
    expect(await builtIn.json()).toMatchObject({ choices: [expect.objectContaining({ stop_reason: 'stop' })] });
    const unknown = await callEmulator(plain, 'invoke', 'example.echo-v1:0', { input: 'Hi' });
    expect(unknown.status).not.toBe(200);
    await unknown.arrayBuffer();
  });
});
