import { describe, expect, it } from 'vitest';
import { nativeCodec } from './cohere-native-codec';
import { mapCohereFinishReason } from './map-cohere-finish-reason';

const usageHeaders = new Headers({ 'X-Amzn-Bedrock-Input-Token-Count': '120', 'X-Amzn-Bedrock-Output-Token-Count': '35' });
const parse = (body: unknown, headers = usageHeaders) => nativeCodec.parseResponse(body, { headers });

// Shape from "Cohere Command R and Command R+ models" (Bedrock user guide), Response tab.
const answerWithCitations = {
  response_id: 'r-1',
  generation_id: 'g-1',
  text: 'The emperor penguin is the tallest, at about 1.2 m.',
  citations: [
    { start: 4, end: 19, text: 'emperor penguin', document_ids: ['doc_0'] },
    { start: 38, end: 50, text: 'about 1.2 m.', document_ids: ['doc_0', 'doc_2'] },
  ],
  finish_reason: 'COMPLETE',
};

describe('Command R native response', () => {
  it('decodes text, stop reason and usage from the X-Amzn-Bedrock token headers', () => {
    expect(parse({ text: 'Hello!', finish_reason: 'COMPLETE' })).toEqual({
      content: [{ type: 'text', text: 'Hello!' }],
      finishReason: 'stop',
      usage: { inputTokens: 120, outputTokens: 35, totalTokens: 155 },
    });
  });

  it('decodes citations: one per cited document, documentIndex from doc_N', () => {
    expect(parse(answerWithCitations).citations).toEqual([
      { citedText: 'emperor penguin', start: 4, end: 19, documentIndex: 0 },
      { citedText: 'about 1.2 m.', start: 38, end: 50, documentIndex: 0 },
      { citedText: 'about 1.2 m.', start: 38, end: 50, documentIndex: 2 },
    ]);
  });

  it('names cited documents when the response lists them, and leaves tool-output IDs unindexed', () => {
    const body = {
      text: 'It is 20°C.',
      citations: [{ start: 6, end: 10, text: '20°C', document_ids: ['get_weather:0:2:0', 'doc_1'] }],
      documents: [{ id: 'doc_1', title: 'forecast', snippet: '20°C' }],
      finish_reason: 'COMPLETE',
    };
    expect(parse(body).citations).toEqual([
      { citedText: '20°C', start: 6, end: 10 },
      { citedText: '20°C', start: 6, end: 10, documentIndex: 1, documentName: 'forecast' },
    ]);
  });

  it('omits citations when there are none', () => {
    expect(parse({ text: 'x', finish_reason: 'COMPLETE' }).citations).toBeUndefined();
  });

  it('decodes tool calls with deterministic IDs and finishes with tool-calls', () => {
    const response = parse({
      text: 'I will check the weather.',
      tool_calls: [
        { name: 'get_weather', parameters: { city: 'Paris' } },
        { name: 'get_time', parameters: {} },
      ],
      finish_reason: 'COMPLETE',
    });
    expect(response.content).toEqual([
      { type: 'text', text: 'I will check the weather.' },
      { type: 'tool-call', id: 'cohere-tool-0', name: 'get_weather', input: { city: 'Paris' } },
      { type: 'tool-call', id: 'cohere-tool-1', name: 'get_time', input: {} },
    ]);
    expect(response.finishReason).toBe('tool-calls');
  });

  it('falls back to meta.billed_units, then zero, when the headers carry no counts', () => {
    const body = { text: 'x', finish_reason: 'COMPLETE', meta: { billed_units: { input_tokens: 7, output_tokens: 3 } } };
    expect(parse(body, new Headers()).usage).toEqual({ inputTokens: 7, outputTokens: 3, totalTokens: 10 });
    expect(parse({ text: 'x' }, new Headers()).usage).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });

  it('keeps an empty answer empty', () => {
    expect(parse({ text: '', finish_reason: 'MAX_TOKENS' }).content).toEqual([]);
  });
});

describe('mapCohereFinishReason', () => {
  it.each([
    ['COMPLETE', false, 'stop'],
    ['MAX_TOKENS', false, 'length'],
    ['ERROR_LIMIT', false, 'length'],
    ['ERROR_TOXIC', false, 'content-filter'],
    ['ERROR', false, 'error'],
    ['USER_CANCEL', false, 'other'],
    ['STOP_SEQUENCE', false, 'stop'],
    ['SOMETHING_NEW', false, 'other'],
    ['constructor', false, 'other'],
    ['toString', true, 'tool-calls'],
    [undefined, false, 'other'],
    ['COMPLETE', true, 'tool-calls'],
    [undefined, true, 'tool-calls'],
    ['MAX_TOKENS', true, 'length'],
    ['ERROR_TOXIC', true, 'content-filter'],
  ] as const)('%s (tool calls: %s) → %s', (reason, hasToolCalls, expected) => {
    expect(mapCohereFinishReason(reason, hasToolCalls)).toBe(expected);
  });
});
