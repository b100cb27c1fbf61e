import { beforeAll, describe, expect, it } from 'vitest';
import { loadExtendedCode } from '../extended/load-extended-code';
import type { Message, ModelRequest } from '@bedrock-kit/core';
import { convertToConverseRequest } from './convert-to-converse-request';

// Round two's parts are code loaded on use: a call loads it before it is prepared (prepare-call).
beforeAll(() => loadExtendedCode());

const request = (messages: Message[], extra: Partial<ModelRequest> = {}): ModelRequest => ({
  messages,
  providerOptions: {},
  stream: false,
  ...extra,
});
const weatherTool = { name: 'get_weather', inputSchema: { type: 'object', properties: { city: { type: 'string' } } } };

describe('convertToConverseRequest: parts', () => {
  it('turns string content into one text block', () => {
    const { body } = convertToConverseRequest(request([{ role: 'user', content: 'Hello!' }]));
    expect(body).toEqual({ messages: [{ role: 'user', content: [{ text: 'Hello!' }] }] });
  });

  it('sends images as base64 bytes with the format from the media type', () => {
    const { body } = convertToConverseRequest(
      request([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image', data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' },
            { type: 'image', data: 'AAEC', mediaType: 'IMAGE/JPEG; q=1' },
            { type: 'image', data: 'R0lG', mediaType: 'image/gif' },
            { type: 'image', data: 'UklG', mediaType: 'image/webp' },
          ],
        },
      ]),
    );
    expect(body.messages[0]!.content.slice(1)).toEqual([
      { image: { format: 'png', source: { bytes: 'AQID' } } },
      { image: { format: 'jpeg', source: { bytes: 'AAEC' } } },
      { image: { format: 'gif', source: { bytes: 'R0lG' } } },
      { image: { format: 'webp', source: { bytes: 'UklG' } } },
    ]);
  });

  it('maps every document media type Converse knows to its format', () => {
    const types: Record<string, string> = {
      'application/pdf': 'pdf',
      'text/csv': 'csv',
      'application/msword': 'doc',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
      'application/vnd.ms-excel': 'xls',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
      'text/html': 'html',
      'text/plain; charset=utf-8': 'txt',
      'text/markdown': 'md',
    };
    const { body } = convertToConverseRequest(
      request([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Summarise these.' },
            ...Object.keys(types).map((mediaType) => ({ type: 'document' as const, data: 'WA==', mediaType })),
          ],
        },
      ]),
    );
    const documents = body.messages[0]!.content.slice(1).map((block) => block.document as Record<string, unknown>);
    expect(documents.map((d) => d.format)).toEqual(Object.values(types));
    expect(documents[0]).toEqual({ format: 'pdf', name: 'document-1', source: { bytes: 'WA==' } });
  });

  it('sanitises document names to what Converse allows and keeps them unique in the request', () => {
    const doc = (name?: string) => ({ type: 'document' as const, data: 'WA==', mediaType: 'text/plain', ...(name ? { name } : {}) });
    const { body } = convertToConverseRequest(
      request([
        { role: 'user', content: [{ type: 'text', text: 'a' }, doc('Q3 report_final.v2.pdf'), doc('  two   spaces  '), doc()] },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: [{ type: 'text', text: 'b' }, doc('Q3 report_final.v2.pdf'), doc('(draft) [1]'), doc('***')] },
      ]),
    );
    const names = body.messages.flatMap((m) => m.content.flatMap((b) => (b.document ? [(b.document as { name: string }).name] : [])));
    expect(names).toEqual(['Q3 report-final-v2-pdf', 'two spaces', 'document-3', 'Q3 report-final-v2-pdf (2)', '(draft) [1]', '---']);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9\-()[\]]+( [a-zA-Z0-9\-()[\]]+)*$/);
  });

  it('maps tool calls to toolUse and tool results to toolResult (json for objects and arrays, text for strings)', () => {
    const { body } = convertToConverseRequest(
      request(
        [
          { role: 'user', content: 'Weather in Paris and Rome?' },
          {
            role: 'assistant',
            content: [
              { type: 'tool-call', id: 'a', name: 'get_weather', input: { city: 'Paris' } },
              { type: 'tool-call', id: 'b', name: 'get_weather', input: { city: 'Rome' } },
              { type: 'tool-call', id: 'c', name: 'get_weather', input: { city: 'Oslo' } },
              { type: 'tool-call', id: 'd', name: 'get_weather', input: { city: 'Nice' } },
            ],
          },
          {
            role: 'user',
            content: [
              { type: 'tool-result', id: 'a', name: 'get_weather', output: { temp: 22 } },
              { type: 'tool-result', id: 'b', name: 'get_weather', output: ['rain', 'wind'] },
              { type: 'tool-result', id: 'c', name: 'get_weather', output: 'Sunny', isError: false },
              { type: 'tool-result', id: 'd', name: 'get_weather', output: 'service down', isError: true },
            ],
          },
        ],
        { tools: [weatherTool] },
      ),
    );
    expect(body.messages[1]!.content[0]).toEqual({ toolUse: { toolUseId: 'a', name: 'get_weather', input: { city: 'Paris' } } });
    expect(body.messages[2]!.content).toEqual([
      { toolResult: { toolUseId: 'a', content: [{ json: { temp: 22 } }] } },
      { toolResult: { toolUseId: 'b', content: [{ json: ['rain', 'wind'] }] } },
      { toolResult: { toolUseId: 'c', content: [{ text: 'Sunny' }] } },
      { toolResult: { toolUseId: 'd', content: [{ text: 'service down' }], status: 'error' } },
    ]);
  });

  it('never sends an empty tool-result content (Converse rejects empty text)', () => {
    const outputs = [undefined, null, '', 42, true];
    const { body } = convertToConverseRequest(
      request(
        [
          { role: 'user', content: 'go' },
          { role: 'assistant', content: outputs.map((_, i) => ({ type: 'tool-call' as const, id: `t${i}`, name: 'get_weather', input: {} })) },
          { role: 'user', content: outputs.map((output, i) => ({ type: 'tool-result' as const, id: `t${i}`, name: 'get_weather', output })) },
        ],
        { tools: [weatherTool] },
      ),
    );
    expect(body.messages[2]!.content.map((b) => (b.toolResult as { content: unknown }).content)).toEqual([
      [{ json: {} }],
      [{ json: {} }],
      [{ json: {} }],
      [{ text: '42' }],
      [{ text: 'true' }],
    ]);
  });

  it('sends reasoning back with its signature, and redacted reasoning unchanged', () => {
    const { body } = convertToConverseRequest(
      request([
        { role: 'user', content: 'Hi' },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'Think.', signature: 'sig==' },
            { type: 'reasoning', text: '', redacted: 'b3BhcXVl' },
            { type: 'reasoning', text: 'No signature.' },
            { type: 'text', text: 'Hello' },
          ],
        },
        { role: 'user', content: 'Again' },
      ]),
    );
    expect(body.messages[1]!.content).toEqual([
      { reasoningContent: { reasoningText: { text: 'Think.', signature: 'sig==' } } },
      { reasoningContent: { redactedContent: 'b3BhcXVl' } },
      { reasoningContent: { reasoningText: { text: 'No signature.' } } },
      { text: 'Hello' },
    ]);
  });
});

describe('convertToConverseRequest: request fields', () => {
  it('sends system as one text block and inferenceConfig with only the fields given', () => {
    const { body } = convertToConverseRequest(
      request([{ role: 'user', content: 'Hi' }], { system: 'Be brief.', temperature: 0, stopSequences: ['END'] }),
    );
    expect(body.system).toEqual([{ text: 'Be brief.' }]);
    expect(body.inferenceConfig).toEqual({ temperature: 0, stopSequences: ['END'] });
  });

  it('sends all inference fields when given and omits inferenceConfig and system when absent', () => {
    const full = convertToConverseRequest(
      request([{ role: 'user', content: 'Hi' }], { maxTokens: 300, temperature: 0.5, topP: 0.9, stopSequences: [] }),
    );
    expect(full.body.inferenceConfig).toEqual({ maxTokens: 300, temperature: 0.5, topP: 0.9, stopSequences: [] });
    const bare = convertToConverseRequest(request([{ role: 'user', content: 'Hi' }], { system: '' }));
    expect(Object.keys(bare.body)).toEqual(['messages']);
  });

  it('passes additionalModelRequestFields through verbatim', () => {
    const fields = { thinking: { type: 'enabled', budget_tokens: 1024 }, nested: [{ a: null }] };
    const { body } = convertToConverseRequest(request([{ role: 'user', content: 'Hi' }], { additionalModelRequestFields: fields }));
    expect(body.additionalModelRequestFields).toBe(fields);
    expect(convertToConverseRequest(request([{ role: 'user', content: 'Hi' }], { additionalModelRequestFields: {} })).body).toHaveProperty(
      'additionalModelRequestFields',
      {},
    );
  });

  it('returns no warnings and an empty tool-id map for a plain request', () => {
    const { toolIds, warnings } = convertToConverseRequest(request([{ role: 'user', content: 'Hi' }]));
    expect(warnings).toEqual([]);
    expect(toolIds.toConverse.size).toBe(0);
  });
});
