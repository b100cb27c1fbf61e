import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import { InputError, type Message, type ModelRequest } from '@bedrock-kit/core';
import { convertToConverseRequest } from './convert-to-converse-request';
import { loadRefusalMessages } from '../refusal/refuse-request';

// Round two's request features are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());
// Refusals get their texts on use (decision 0026): these synchronous checks are read with the texts loaded.
beforeAll(() => loadRefusalMessages());

const request = (messages: Message[], extra: Partial<ModelRequest> = {}): ModelRequest => ({
  messages,
  providerOptions: {},
  stream: false,
  ...extra,
});
const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
const tools = [
  { name: 'get_weather', description: 'Weather for a city.', inputSchema: schema },
  { name: 'get-time', description: '', inputSchema: { type: 'object' } },
];
const ask: Message[] = [{ role: 'user', content: 'Weather?' }];
const withHistory: Message[] = [
  ...ask,
  { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'get_weather', input: { city: 'Paris' } }] },
  { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'get_weather', output: 'Sunny' }] },
];

describe('convertToConverseRequest: toolConfig', () => {
  it('sends each tool as a toolSpec with its JSON schema (no empty description)', () => {
    const { body } = convertToConverseRequest(request(ask, { tools }));
    expect(body.toolConfig).toEqual({
      tools: [
        { toolSpec: { name: 'get_weather', description: 'Weather for a city.', inputSchema: { json: schema } } },
        { toolSpec: { name: 'get-time', inputSchema: { json: { type: 'object' } } } },
      ],
    });
  });

  it.each([
    ['auto', { auto: {} }],
    ['required', { any: {} }],
    [{ tool: 'get-time' }, { tool: { name: 'get-time' } }],
  ] as const)('maps toolChoice %j to %j', (toolChoice, expected) => {
    const { body, warnings } = convertToConverseRequest(request(ask, { tools, toolChoice }));
    expect(body.toolConfig?.toolChoice).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it("sends no toolConfig for toolChoice 'none' when the history has no tool blocks", () => {
    const { body, warnings } = convertToConverseRequest(request(ask, { tools, toolChoice: 'none' }));
    expect(body).not.toHaveProperty('toolConfig');
    expect(warnings).toEqual([]);
  });

  it("keeps the tools for toolChoice 'none' when the history has tool blocks, and warns", () => {
    const { body, warnings } = convertToConverseRequest(request(withHistory, { tools, toolChoice: 'none' }));
    expect(body.toolConfig?.tools).toHaveLength(2);
    expect(body.toolConfig).not.toHaveProperty('toolChoice');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/toolChoice 'none'.*Converse/);
  });

  it('refuses tool blocks in the history when the request has no tools (Converse needs toolConfig)', () => {
    expect(() => convertToConverseRequest(request(withHistory))).toThrow(/no tools.*Pass the same `tools`/);
  });

  it('refuses a tool choice that needs tools when there are none, or names an unknown tool', () => {
    expect(() => convertToConverseRequest(request(ask, { toolChoice: 'required' }))).toThrow(InputError);
    expect(() => convertToConverseRequest(request(ask, { tools, toolChoice: { tool: 'nope' } }))).toThrow(
      /"nope"} needs that tool in `tools` \(given: get_weather, get-time\)/,
    );
    expect(convertToConverseRequest(request(ask, { toolChoice: 'auto' })).body).not.toHaveProperty('toolConfig');
  });
});
