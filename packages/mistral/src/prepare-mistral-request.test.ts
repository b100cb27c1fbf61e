import { InputError, parseModelId, type ModelRequest } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { mistral } from './mistral';
import { prepareMistralRequest } from './prepare-mistral-request';
import { resolveMistralModel } from './resolve-mistral-model';

const model = (id: string) => resolveMistralModel(parseModelId(id))!;
const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({ messages: [{ role: 'user', content: 'Hi' }], providerOptions: {}, stream: false, ...overrides });
const weather = [{ name: 'weather', description: 'Current weather', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } }];

describe('text-completion body (Mistral 7B, Mixtral 8x7B, Small / Large 24.02)', () => {
  it('renders the [INST] template with max_tokens, stop, temperature, top_p; top_k through additionalModelRequestFields', () => {
    const { body } = prepareMistralRequest(
      request({ maxTokens: 200, stopSequences: ['END'], temperature: 0.3, topP: 0.8, additionalModelRequestFields: { top_k: 50 } }),
      model('mistral.mistral-7b-instruct-v0:2'),
    );
    expect(body).toEqual({ prompt: '<s>[INST] Hi [/INST]', max_tokens: 200, stop: ['END'], temperature: 0.3, top_p: 0.8, top_k: 50 });
  });

  it('multi-turn: earlier answers closed with </s>; the system prompt opens the first instruction; a trailing answer stays open', () => {
    const messages: ModelRequest['messages'] = [
      { role: 'user', content: 'What is 2+2?' },
      { role: 'assistant', content: '4.' },
      { role: 'user', content: 'And 3+3?' },
    ];
    expect(prepareMistralRequest(request({ system: 'Be terse.', messages }), model('mistral.mistral-large-2402-v1:0')).body).toEqual({
      prompt: '<s>[INST] Be terse.\n\nWhat is 2+2? [/INST]4.</s>[INST] And 3+3? [/INST]',
    });
    const prefill = prepareMistralRequest(request({ messages: [{ role: 'user', content: 'Q' }, { role: 'assistant', content: 'A:' }] }), model('mistral.mixtral-8x7b-instruct-v0:1'));
    expect(prefill.body).toEqual({ prompt: '<s>[INST] Q [/INST]A:' });
  });

  it('refuses tools, more than 10 stop sequences and non-text parts, naming the model or the part', () => {
    const small = model('mistral.mistral-small-2402-v1:0');
    expect(() => prepareMistralRequest(request({ tools: weather }), small)).toThrow(/text-completion body \(mistral\.mistral-small-2402-v1:0\) can't carry tools/);
    expect(() => prepareMistralRequest(request({ stopSequences: Array.from({ length: 11 }, (_, i) => `${i}`) }), small)).toThrow(/at most 10 stop sequences/);
    const image = request({ messages: [{ role: 'user', content: [{ type: 'image', data: 'AA==', mediaType: 'image/png' }] }] });
    expect(() => prepareMistralRequest(image, small)).toThrow(InputError);
  });
});

describe('chat-completion body (Large 24.07, Pixtral, Large 3, Ministral, Magistral, Devstral)', () => {
  it('messages, tools and tool_choice as AWS documents them (required → any)', () => {
    const { body } = prepareMistralRequest(request({ system: 'Be brief.', tools: weather, toolChoice: 'required', maxTokens: 64 }), model('mistral.mistral-large-2407-v1:0'));
    expect(body).toEqual({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      tools: [{ type: 'function', function: { name: 'weather', description: 'Current weather', parameters: weather[0]!.inputSchema } }],
      tool_choice: 'any',
      max_tokens: 64,
    });
  });

  it('a tool round trip: assistant tool_calls with JSON arguments, then the result as a tool message (errors say so)', () => {
    const { body } = prepareMistralRequest(
      request({
        tools: weather,
        messages: [
          { role: 'user', content: 'Weather?' },
          { role: 'assistant', content: [{ type: 'tool-call', id: 'abc123XYZ', name: 'weather', input: { city: 'Oslo' } }] },
          { role: 'user', content: [{ type: 'tool-result', id: 'abc123XYZ', name: 'weather', output: { tempC: 4 } }] },
          { role: 'assistant', content: [{ type: 'tool-call', id: 'def456UVW', name: 'weather', input: {} }] },
          { role: 'user', content: [{ type: 'tool-result', id: 'def456UVW', name: 'weather', output: 'no city', isError: true }, { type: 'text', text: 'Try Bergen.' }] },
        ],
      }),
      model('mistral.devstral-2-123b'),
    );
    expect((body as { messages: unknown[] }).messages).toEqual([
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: '', tool_calls: [{ id: 'abc123XYZ', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }] },
      { role: 'tool', tool_call_id: 'abc123XYZ', content: '{"tempC":4}' },
      { role: 'assistant', content: '', tool_calls: [{ id: 'def456UVW', function: { name: 'weather', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'def456UVW', content: 'Error: no city' },
      { role: 'user', content: 'Try Bergen.' },
    ]);
  });

  it('images as image_url data URLs (Pixtral); reasoning of earlier turns left out with a warning', () => {
    const { body, warnings } = prepareMistralRequest(
      request({
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'What is it?' }, { type: 'image', data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' }] },
          { role: 'assistant', content: [{ type: 'reasoning', text: 'hmm' }, { type: 'text', text: 'A dot.' }] },
          { role: 'user', content: 'Sure?' },
        ],
      }),
      model('us.mistral.pixtral-large-2502-v1:0'),
    );
    expect((body as { messages: unknown[] }).messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is it?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AQID' } },
      ],
    });
    expect((body as { messages: unknown[] }).messages[1]).toEqual({ role: 'assistant', content: 'A dot.' });
    expect(warnings).toEqual([expect.stringMatching(/1 reasoning part\(s\) of earlier turns were not sent/)]);
  });

  it('refuses what the chat body has no field for: stop sequences, one named tool of several, documents', () => {
    const large = model('mistral.mistral-large-2407-v1:0');
    expect(() => prepareMistralRequest(request({ stopSequences: ['END'] }), large)).toThrow(/chat body \(mistral\.mistral-large-2407-v1:0\) has no stop-sequence field/);
    const two = [...weather, { name: 'time', inputSchema: { type: 'object' } }];
    expect(() => prepareMistralRequest(request({ tools: two, toolChoice: { tool: 'time' } }), large)).toThrow(/can't force one of several tools/);
    expect(prepareMistralRequest(request({ tools: weather, toolChoice: { tool: 'weather' } }), large).body).toMatchObject({ tool_choice: 'any' });
    const document = request({ messages: [{ role: 'user', content: [{ type: 'document', data: 'AA==', mediaType: 'text/plain' }] }] });
    expect(() => prepareMistralRequest(document, large)).toThrow(/chat body can't carry document parts in user messages \(messages\[0\]\)/);
  });
});

describe('acceptsMistralRequest (the default route)', () => {
  const accepts = (id: string, overrides: Partial<ModelRequest>) => mistral.native!.accepts!(request(overrides), model(id));

  it('sends to Converse what the native body cannot carry', () => {
    expect(accepts('mistral.mistral-7b-instruct-v0:2', {})).toBe(true);
    expect(accepts('mistral.mistral-large-2402-v1:0', { tools: weather })).toBe(false);
    expect(accepts('mistral.mistral-large-2407-v1:0', { stopSequences: ['x'] })).toBe(false);
    expect(accepts('mistral.mistral-7b-instruct-v0:2', { stopSequences: ['x'] })).toBe(true);
    expect(accepts('mistral.mistral-large-2407-v1:0', { messages: [{ role: 'user', content: [{ type: 'document', data: 'AA==', mediaType: 'text/plain' }] }] })).toBe(false);
  });
});

describe('reasoning (no body has a field for it)', () => {
  it("refused on models without reasoning; Magistral takes any value but 'none'; the body is unchanged", () => {
    expect(() => prepareMistralRequest(request({ reasoning: 'high' }), model('mistral.mistral-large-2407-v1:0'))).toThrow(/mistral\.mistral-large-2407-v1:0: this Mistral model has no reasoning/);
    const magistral = model('mistral.magistral-small-2509');
    expect(prepareMistralRequest(request({ reasoning: 'high' }), magistral).body).toEqual({ messages: [{ role: 'user', content: 'Hi' }] });
    expect(() => prepareMistralRequest(request({ reasoning: 'none' }), magistral)).toThrow(/always reasons; reasoning: 'none'/);
    expect(() => mistral.converse!.prepareRequest!({ messages: [] }, request({ reasoning: 'low' }), model('mistral.devstral-2-123b'))).toThrow(InputError);
  });
});
