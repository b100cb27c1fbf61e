import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { loadServiceModel } from './load-service-model';
import { startEmulator } from './start-emulator';
import { callEmulator } from './test-support/call-emulator';
import { formatViolations, validateShape } from './validation/validate-shape';

const model = 'anthropic.claude-3-haiku-20240307-v1:0';
const user = (text: string) => ({ role: 'user', content: [{ text }] });

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

async function validationMessage(body: unknown, route: 'converse' | 'converse-stream' = 'converse', modelId = model) {
  const response = await callEmulator(emulator, route, modelId, body);
  expect(response.status).toBe(400);
  return { type: response.headers.get('x-amzn-errortype'), message: (await response.json()).message as string };
}

describe('Converse bodies against the service model', () => {
  it('refuses a content block with an unknown member', async () => {
    const { type, message } = await validationMessage({ messages: [{ role: 'user', content: [{ txt: 'hi' }] }] });
    expect(type).toBe('ValidationException');
    expect(message).toMatch(/^2 validation errors detected: Value 'hi' at 'messages\.1\.member\.content\.1\.member\.txt' failed to satisfy constraint: Member is not a known field of ContentBlock/);
    expect(message).toContain('exactly one member set');
  });

  it('refuses a missing required member and a wrong enum value', async () => {
    const { message } = await validationMessage({ messages: [{ role: 'robot', content: null }] }, 'converse-stream');
    expect(message).toContain("Value 'robot' at 'messages.1.member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant, system]");
    expect(message).toContain("Value null at 'messages.1.member.content' failed to satisfy constraint: Member must not be null");
  });

  it('refuses a union with two members, a bad blob, a number out of range', async () => {
    const body = {
      messages: [{ role: 'user', content: [{ text: 'a', image: { format: 'png', source: { bytes: 'not base64!' } } }] }],
      inferenceConfig: { temperature: 7, maxTokens: 1.5 },
    };
    const { message } = await validationMessage(body);
    expect(message).toContain('exactly one member set (2 set)');
    expect(message).toContain("at 'messages.1.member.content.1.member.image.source.bytes' failed to satisfy constraint: Member must be a base64-encoded blob");
    expect(message).toContain("at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must be an integer");
    expect(message).toContain('Member must have value less than or equal to 1');
  });

  it('accepts documents anywhere JSON is allowed (document type) and a tool name pattern-free', async () => {
    const body = {
      messages: [user('hi')],
      additionalModelRequestFields: { anything: [1, { nested: true }] },
      toolConfig: { tools: [{ toolSpec: { name: 'x', inputSchema: { json: { type: 'object' } } } }], toolChoice: { auto: {} } },
    };
    expect((await callEmulator(emulator, 'converse', model, body)).status).toBe(200);
  });

  it('answers SerializationException for a body that is not JSON', async () => {
    const response = await callEmulator(emulator, 'converse', model, '{nope');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });

  it('formats violations as the service does (pure check)', () => {
    const violations = validateShape(loadServiceModel(), 'InferenceConfiguration', { topP: 'high' });
    expect(formatViolations(violations)).toBe(
      "1 validation error detected: Value 'high' at 'topP' failed to satisfy constraint: Member must be a number",
    );
  });
});

describe('conversation rules Bedrock enforces', () => {
  it('a conversation starts with a user message', async () => {
    const { message } = await validationMessage({ messages: [{ role: 'assistant', content: [{ text: 'hi' }] }] });
    expect(message).toBe('A conversation must start with a user message. Try again with a conversation that starts with a user message.');
    expect((await validationMessage({ messages: [] })).message).toMatch(/must start with a user message/);
  });

  it('roles alternate', async () => {
    expect((await validationMessage({ messages: [user('a'), user('b')] })).message).toMatch(/must alternate between user and assistant/);
  });

  it('toolUse in the history needs a toolConfig', async () => {
    const messages = [
      user('a'),
      { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'x', input: {} } }] },
      { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'r' }] } }] },
    ];
    expect((await validationMessage({ messages })).message).toBe(
      'The toolConfig field must be defined when using toolUse and toolResult content blocks.',
    );
  });

  it('a toolResult must answer a toolUse of the previous turn, and every toolUse must be answered', async () => {
    const toolConfig = { tools: [{ toolSpec: { name: 'x', inputSchema: { json: { type: 'object' } } } }] };
    const orphan = [
      user('a'),
      { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'x', input: {} } }] },
      { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'r' }] } }, { toolResult: { toolUseId: 't9', content: [{ text: 'r' }] } }] },
    ];
    expect((await validationMessage({ messages: orphan, toolConfig })).message).toMatch(/unexpected toolUseId found in toolResult blocks: t9/);
    const unanswered = [user('a'), { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'x', input: {} } }] }, user('b')];
    expect((await validationMessage({ messages: unanswered, toolConfig })).message).toBe(
      'Expected toolResult blocks at messages.2.content for the following Ids: t1',
    );
  });

  it('a reasoning block the emulator signed must come back unchanged', async () => {
    const thinking = { additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } };
    const first = await (await callEmulator(emulator, 'converse', model, { messages: [user('hi')], ...thinking })).json();
    const reasoning = first.output.message.content[0];
    const next = (block: unknown) => ({ messages: [user('hi'), { role: 'assistant', content: [block, { text: 'x' }] }, user('more')], ...thinking });
    expect((await callEmulator(emulator, 'converse', model, next(reasoning))).status).toBe(200);
    const tampered = { reasoningContent: { reasoningText: { ...reasoning.reasoningContent.reasoningText, text: 'changed' } } };
    expect((await validationMessage(next(tampered))).message).toMatch(/Invalid `signature` in `thinking` block/);
  });

  it('an invalid model identifier is refused as the service does', async () => {
    expect((await validationMessage({ messages: [user('a')] }, 'converse', 'us.does-not-exist-model-v1:0')).message).toBe(
      'The provided model identifier is invalid.',
    );
  });
});
