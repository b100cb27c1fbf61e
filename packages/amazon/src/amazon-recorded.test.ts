import { createBedrock, type Bedrock } from '@bedrock-kit/bedrock';
import { createStreamAccumulator, parseModelId, type EmbeddingRequest, type StreamEvent } from '@bedrock-kit/core';
import { createEventStreamDecoder, readStringHeader } from '@bedrock-kit/eventstream';
import { chunkedStream, collectStream, readCassetteFile, useTestEmulator } from '@bedrock-kit/test-utils';
import { fileURLToPath } from 'node:url';
import { createNovaStreamParser } from './create-nova-stream-parser';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { amazon } from './amazon';
import { amazonEmbedding } from './amazon-embedding';

type Json = Record<string, any>;

/** A vendored cassette of `__fixtures__/` (see its SOURCE.md), with the request body parsed. */
function readFixture(name: string) {
  return readCassetteFile(fileURLToPath(new URL(`./__fixtures__/${name}.yaml`, import.meta.url))).map((exchange) => ({
    ...exchange,
    request: { ...exchange.request, body: exchange.request.body === undefined ? undefined : (JSON.parse(exchange.request.body) as unknown) },
  }));
}

describe('recorded embedding exchanges (pydantic-ai cassettes)', () => {
  const decode = (name: string, request: EmbeddingRequest) => {
    const [exchange] = readFixture(name);
    const id = decodeURIComponent(exchange!.request.uri.split('/model/')[1]!.split('/')[0]!);
    const info = amazonEmbedding.resolveModel(parseModelId(id))!;
    const headers = new Headers(Object.entries(exchange!.response.headers).map(([k, v]) => [k, v.join(', ')] as [string, string]));
    return {
      exchange: exchange!,
      body: amazonEmbedding.prepareRequest(request, info).body as Json,
      parsed: amazonEmbedding.parseResponse(exchange!.response.parsedBody, { headers, request }),
      headers,
    };
  };

  it('Titan v2: our body is the recorded one; 256 values as received and the body token count', () => {
    const { exchange, body, parsed } = decode('titan-v2-with-dimensions', { values: ['Test embedding dimensions'], dimensions: 256, inputType: 'document', providerOptions: { normalize: true } });
    expect(body).toEqual(exchange.request.body);
    const recorded = (exchange.response.parsedBody as Json).embedding as number[];
    expect(parsed).toEqual({ embeddings: [recorded], inputTokens: 4 });
    expect(parsed.embeddings[0]).toHaveLength(256);
    expect(parsed.embeddings[0]![0]).toBe(-0.1208660751581192);
  });

  it('Titan v1: inputText only; 1,536 values', () => {
    const { exchange, body, parsed } = decode('titan-v1-minimal', { values: ['Hello, world!'], inputType: 'document', providerOptions: {} });
    expect(body).toEqual(exchange.request.body);
    expect(parsed.embeddings[0]).toHaveLength(1536);
    expect(parsed.embeddings[0]!.slice(0, 3)).toEqual([0.1416015625, 0.2109375, 0.349609375]);
  });

  it('Nova 2 embeddings: the recorded body (plus the optional schemaVersion); vector as received; tokens only in the header', () => {
    const { exchange, body, parsed, headers } = decode('nova-embeddings-with-dimensions', { values: ['Test Nova dimensions'], dimensions: 256, inputType: 'query', providerOptions: {} });
    const { schemaVersion, ...rest } = body;
    expect(schemaVersion).toBe('nova-multimodal-embed-v1');
    expect(rest).toEqual(exchange.request.body);
    expect(parsed.embeddings[0]).toHaveLength(256);
    expect(parsed.embeddings[0]![0]).toBe(-0.109526575);
    expect(parsed.inputTokens).toBeUndefined();
    expect(headers.get('x-amzn-bedrock-input-token-count')).toBe('18');
  });
});

describe('recorded Nova Converse exchanges replayed through the facade', () => {
  const { context } = useTestEmulator(() => startEmulator());
  const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families: [amazon] });

  it('top-K through additionalModelRequestFields.inferenceConfig, as recorded; the answer decoded', async () => {
    const [exchange] = readFixture('nova-micro-converse-top-k');
    context.emulator.enqueue({ recorded: exchange! });
    const result = await bedrock().generateText({
      model: 'us.amazon.nova-micro-v1:0',
      prompt: 'Reply with the single word: ok',
      providerOptions: { useConverse: true, additionalModelRequestFields: { inferenceConfig: { topK: 20 } } },
    });
    const sent = context.emulator.requests[0]!.body as Json;
    expect(sent.additionalModelRequestFields).toEqual((exchange!.request.body as Json).additionalModelRequestFields);
    expect(sent.messages).toEqual((exchange!.request.body as Json).messages);
    expect(result).toMatchObject({ api: 'converse', text: 'ok', finishReason: 'stop', usage: { inputTokens: 7, outputTokens: 2, totalTokens: 9 } });
  });

  it('promptCache puts the system cache point where the recording has it; cache write counts decoded', async () => {
    const [exchange] = readFixture('nova-lite-converse-cache-points');
    const recorded = exchange!.request.body as Json;
    context.emulator.enqueue({ recorded: exchange! });
    const result = await bedrock().generateText({
      model: 'us.amazon.nova-lite-v1:0',
      system: recorded.system[0].text,
      prompt: 'Response only number What is 2 + 3',
      providerOptions: { useConverse: true, promptCache: true },
    });
    const sent = context.emulator.requests[0]!.body as Json;
    expect(sent.system).toEqual(recorded.system);
    expect(sent.messages[0].content.at(-1)).toEqual({ cachePoint: { type: 'default' } });
    expect(result).toMatchObject({ text: '5', usage: { inputTokens: 10, outputTokens: 2, totalTokens: 1310, cacheReadTokens: 0, cacheWriteTokens: 1298 } });
  });

  it('a Nova Micro ConverseStream with tools: every event decoded in order, text joined with nothing', async () => {
    const [first] = readFixture('nova-micro-converse-stream-tools');
    context.emulator.enqueue({ recorded: first! });
    const tool = (name: string) => ({ description: name, inputSchema: { type: 'object', properties: {} } as never });
    const stream = bedrock().streamText({
      model: 'us.amazon.nova-micro-v1:0',
      prompt: 'What is the temperature of the capital of France?',
      tools: { get_capital: tool('get_capital'), get_temperature: tool('get_temperature') },
      providerOptions: { useConverse: true },
    });
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const result = await stream.result;
    expect(result.api).toBe('converse');
    expect(result.toolCalls).toEqual([{ id: 'tooluse_lAG_zP8QRHmSYOwZzzaCqA', name: 'get_temperature', input: { city: 'Paris' } }]);
    expect(result.finishReason).toBe('tool-calls');
    expect(events.flatMap((e) => (e.type === 'text-delta' ? [e.text] : [])).join('')).toBe(result.text);
  });
});

describe('a recorded Nova stream fed to the native stream parser', () => {
  /**
   * Nova's native stream chunks carry the same events as its ConverseStream (`contentBlockDelta`,
   * `contentBlockStop`, `messageStop`, `metadata`), so the recorded frames, decoded from the binary
   * event stream and keyed by their `:event-type`, are real input for the native parser.
   */
  it("Nova Micro's <thinking> split across deltas ('<thinking' + '> To find', '</' + 'thinking' + '>\\n') is reasoning, not text", async () => {
    const [first] = readFixture('nova-micro-converse-stream-tools');
    const frames = await collectStream(chunkedStream(first!.response.body, [7, 300, 1, 64]).pipeThrough(createEventStreamDecoder()));
    const chunks = frames.map((frame) => ({ [readStringHeader(frame, ':event-type')!]: JSON.parse(new TextDecoder().decode(frame.payload)) }));
    expect(chunks.map((chunk) => Object.keys(chunk)[0])).toContain('contentBlockDelta');
    const parser = createNovaStreamParser();
    const accumulator = createStreamAccumulator();
    for (const chunk of chunks) for (const part of parser.parse(chunk)) accumulator.push(part);
    for (const part of parser.flush!()) accumulator.push(part);
    accumulator.end();
    const result = accumulator.snapshot();
    expect(result.content).toEqual([
      {
        type: 'reasoning',
        text: ' To find the temperature of the capital of France, I need to first determine the capital of France and then get the current temperature in that city. The capital of France is Paris. I will use the "get_temperature" tool to find the current temperature in Paris.',
      },
      { type: 'tool-call', id: 'tooluse_lAG_zP8QRHmSYOwZzzaCqA', name: 'get_temperature', input: { city: 'Paris' } },
    ]);
    expect(result.text).toBe('');
    expect(result.finishReason).toBe('tool-calls');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });
});
