import { describe, expect, it } from 'vitest';
import { nativeBody } from './model-request.test-support';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('native body: fields', () => {
  it('always sends anthropic_version and max_tokens, and only the options given', () => {
    expect(nativeBody()).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Hello' }],
    });
  });

  it('maps temperature, topP, stopSequences, maxTokens and system', () => {
    const body = nativeBody({ system: 'Be brief.', maxTokens: 10, temperature: 0.2, topP: 0.9, stopSequences: ['END'] });
    expect(body).toMatchObject({ system: 'Be brief.', max_tokens: 10, temperature: 0.2, top_p: 0.9, stop_sequences: ['END'] });
  });

  it('leaves out an empty system and empty stop sequences', () => {
    const body = nativeBody({ system: '', stopSequences: [] });
    expect(body).not.toHaveProperty('system');
    expect(body).not.toHaveProperty('stop_sequences');
  });

  it('merges additionalModelRequestFields verbatim at the top level, last', () => {
    const body = nativeBody({
      maxTokens: 2000,
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 }, anthropic_beta: ['x'], top_k: 5 },
    });
    expect(body).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 1024 }, anthropic_beta: ['x'], top_k: 5, max_tokens: 2000 });
  });

  it('raises the default max_tokens above a large thinking budget (budget_tokens must stay below it)', () => {
    expect(nativeBody({ additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } } }).max_tokens).toBe(12096);
    expect(nativeBody({ additionalModelRequestFields: { reasoning_config: { type: 'enabled', budget_tokens: 2000 } } }).max_tokens).toBe(4096);
    expect(nativeBody({ maxTokens: 9000, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } } }).max_tokens).toBe(9000);
  });
});

describe('native body: content blocks', () => {
  it('sends images as base64 sources, from bytes or base64', () => {
    const body = nativeBody({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', data: png, mediaType: 'image/png' },
            { type: 'image', data: 'iVBORw==', mediaType: 'image/jpeg' },
          ],
        },
      ],
    });
    expect(body.messages[0].content).toEqual([
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw==' } },
      { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: 'iVBORw==' } },
    ]);
  });

  it('sends a PDF as a base64 document and text as a text document, titled by name', () => {
    const body = nativeBody({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'document', data: 'JVBERi0=', mediaType: 'application/pdf', name: 'Report' },
            { type: 'document', data: new TextEncoder().encode('plain words'), mediaType: 'text/plain' },
            { type: 'document', data: btoa('# Title'), mediaType: 'text/markdown' },
          ],
        },
      ],
    });
    expect(body.messages[0].content).toEqual([
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'Report' },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'plain words' } },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: '# Title' } },
    ]);
  });

  it('asks for citations on documents with anthropicCitations', () => {
    const body = nativeBody({
      providerOptions: { anthropicCitations: true },
      messages: [{ role: 'user', content: [{ type: 'document', data: 'JVBERi0=', mediaType: 'application/pdf' }] }],
    });
    expect(body.messages[0].content[0].citations).toEqual({ enabled: true });
  });

  it('sends tool calls and tool results (is_error only when set), tool results first in their turn', () => {
    const body = nativeBody({
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'weather', input: { city: 'Paris' } }] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Here:' },
            { type: 'tool-result', id: 't1', name: 'weather', output: { temp: 22 } },
            { type: 'tool-result', id: 't2', name: 'weather', output: 'boom', isError: true },
          ],
        },
      ],
    });
    expect(body.messages[1].content).toEqual([{ type: 'tool_use', id: 't1', name: 'weather', input: { city: 'Paris' } }]);
    expect(body.messages[2].content).toEqual([
      { type: 'tool_result', tool_use_id: 't1', content: '{"temp":22}' },
      { type: 'tool_result', tool_use_id: 't2', content: 'boom', is_error: true },
      { type: 'text', text: 'Here:' },
    ]);
  });

  it('parses a tool-call input given as JSON text and sends an absent input as {}', () => {
    const body = nativeBody({
      messages: [
        { role: 'user', content: 'go' },
        {
          role: 'assistant',
          content: [
            { type: 'tool-call', id: 'a', name: 'f', input: '{"x":1}' },
            { type: 'tool-call', id: 'b', name: 'g', input: undefined },
          ],
        },
      ],
    });
    expect(body.messages[1].content.map((b: any) => b.input)).toEqual([{ x: 1 }, {}]);
  });

  it('sends signed reasoning as thinking and redacted reasoning as redacted_thinking with the native data', () => {
    const nativeData = 'EtkECkgIBxABGAIqQJTf';
    const body = nativeBody({
      messages: [
        { role: 'user', content: 'hi' },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'think', signature: 'sig' },
            // Converse form (what bedrock-kit returns) and the native form are both accepted
            { type: 'reasoning', text: '', redacted: btoa(nativeData) },
            { type: 'reasoning', text: '', redacted: nativeData },
            { type: 'text', text: 'Hello' },
          ],
        },
        { role: 'user', content: 'more' },
      ],
    });
    expect(body.messages[1].content).toEqual([
      { type: 'thinking', thinking: 'think', signature: 'sig' },
      { type: 'redacted_thinking', data: nativeData },
      { type: 'redacted_thinking', data: nativeData },
      { type: 'text', text: 'Hello' },
    ]);
  });
});

describe('native body: tools', () => {
  const tools = [
    { name: 'weather', description: 'Weather for a city', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } },
    { name: 'time', inputSchema: { type: 'object' } },
  ];

  it('sends name, description and input_schema', () => {
    expect(nativeBody({ tools }).tools).toEqual([
      { name: 'weather', description: 'Weather for a city', input_schema: tools[0]!.inputSchema },
      { name: 'time', input_schema: { type: 'object' } },
    ]);
    expect(nativeBody({ tools })).not.toHaveProperty('tool_choice');
  });

  it.each([
    ['auto', { type: 'auto' }],
    ['required', { type: 'any' }],
    ['none', { type: 'none' }],
    [{ tool: 'time' }, { type: 'tool', name: 'time' }],
  ] as const)('maps toolChoice %j to %j', (toolChoice, expected) => {
    expect(nativeBody({ tools, toolChoice }).tool_choice).toEqual(expected);
  });

  it('sends no tool_choice for auto / none without tools', () => {
    expect(nativeBody({ toolChoice: 'auto' })).not.toHaveProperty('tool_choice');
    expect(nativeBody({ toolChoice: 'none' })).not.toHaveProperty('tools');
  });
});
