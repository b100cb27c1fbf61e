import { emulatorRequestId } from '@bedrock-kit/emulator';
import { createProviderRegistry, generateText, Output, stepCountIs, tool, jsonSchema } from 'ai';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { model, thinking, useEmulator } from './emulator.test-support';

const { context, provider, request, routeOf } = useEmulator();

describe('generateText from ai through bedrock-kit', () => {
  it('answers text with usage, finish reason, response id and provider metadata', async () => {
    const result = await generateText({ model: provider()(model), system: 'Be brief.', prompt: 'Hello', maxOutputTokens: 200, temperature: 0.5 });
    expect(result.text).toBe('Hello from the bedrock-kit emulator. You said: Hello');
    expect(result.finishReason).toBe('stop');
    expect(result.rawFinishReason).toBe('stop');
    const sent = request(0);
    expect(routeOf(0)).toBe('invoke');
    expect(sent.body).toMatchObject({ system: 'Be brief.', max_tokens: 200, temperature: 0.5, messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }] });
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.usage.totalTokens).toBe(result.usage.inputTokens! + result.usage.outputTokens!);
    expect(result.response.id).toBe(sent.requestId);
    expect(result.response.id).toBe(emulatorRequestId(1));
    expect(result.response.modelId).toBe(model);
    expect(result.providerMetadata).toEqual({ bedrockKit: { api: 'invoke', requestId: sent.requestId } });
    expect(result.warnings).toEqual([]);
  });

  it('sends providerOptions.bedrockKit to bedrock-kit (useConverse) and warns about what Bedrock cannot take', async () => {
    const result = await generateText({
      model: provider()(model),
      prompt: 'Hi',
      topK: 5,
      seed: 1,
      stopSequences: ['STOP'],
      providerOptions: { bedrockKit: { useConverse: true } },
    });
    expect(routeOf(0)).toBe('converse');
    expect(request(0).body.inferenceConfig).toMatchObject({ stopSequences: ['STOP'] });
    expect(result.providerMetadata?.bedrockKit).toMatchObject({ api: 'converse' });
    expect(result.warnings).toEqual([
      { type: 'unsupported', feature: 'topK' },
      { type: 'unsupported', feature: 'seed' },
    ]);
  });

  it('sends images and documents from file parts', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await generateText({
      model: provider()(model),
      providerOptions: { bedrockKit: { useConverse: true } },
      messages: [
        {
          role: 'user',
          content: [
            { type: 'file', data: png, mediaType: 'image/png' },
            { type: 'file', data: new TextEncoder().encode('penguins are tall'), mediaType: 'text/plain', filename: 'notes' },
            { type: 'text', text: 'What is this?' },
          ],
        },
      ],
    });
    const content = request(0).body.messages[0].content;
    expect(content[0]).toEqual({ image: { format: 'png', source: { bytes: Buffer.from(png).toString('base64') } } });
    expect(content[1].document).toMatchObject({ format: 'txt', name: 'notes' });
    expect(content[2]).toEqual({ text: 'What is this?' });
  });

  it('returns tool calls without running anything itself, and ai runs the tool loop (stopWhen)', async () => {
    const calls: unknown[] = [];
    const result = await generateText({
      model: provider()(model),
      prompt: 'Weather in Paris?',
      tools: {
        weather: tool({
          description: 'Current weather for a city',
          inputSchema: z.object({ city: z.string() }),
          execute: async (input) => {
            calls.push(input);
            return { temperature: 21 };
          },
        }),
      },
      stopWhen: stepCountIs(3),
    });
    expect(context.emulator.requests).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]!.finishReason).toBe('tool-calls');
    expect(result.steps[0]!.toolCalls[0]).toMatchObject({ toolName: 'weather', input: calls[0] });
    const first = request(0).body;
    expect(routeOf(0)).toBe('converse');
    expect(first.toolConfig.tools[0].toolSpec).toMatchObject({ name: 'weather', description: 'Current weather for a city' });
    expect(first.toolConfig.tools[0].toolSpec.inputSchema.json).toMatchObject({ type: 'object', properties: { city: { type: 'string' } } });
    // Second call: the assistant's toolUse and the user's toolResult, as ai built them.
    const second = request(1).body;
    const toolUseId = second.messages[1].content[0].toolUse.toolUseId;
    expect(second.messages[1].content[0].toolUse).toMatchObject({ name: 'weather', input: calls[0] });
    expect(second.messages[2]).toMatchObject({ role: 'user', content: [{ toolResult: { toolUseId, content: [{ json: { temperature: 21 } }] } }] });
    expect(result.text).toBe('The tool returned: {"temperature":21}');
    expect(result.finishReason).toBe('stop');
  });

  it('passes toolChoice: a named tool is forced', async () => {
    const tools = {
      weather: tool({ inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) }),
      time: tool({ inputSchema: jsonSchema<{ zone: string }>({ type: 'object', properties: { zone: { type: 'string' } }, required: ['zone'] }) }),
    };
    const result = await generateText({ model: provider()(model), prompt: 'Time?', tools, toolChoice: { type: 'tool', toolName: 'time' } });
    expect(request(0).body.toolConfig.toolChoice).toEqual({ tool: { name: 'time' } });
    expect(result.toolCalls).toEqual([expect.objectContaining({ toolName: 'time', input: { zone: expect.any(String) } })]);
    expect(result.finishReason).toBe('tool-calls');
  });

  it('Output.object: the schema goes as one forced tool and the object comes back validated', async () => {
    const { output, finishReason } = await generateText({
      model: provider()(model),
      prompt: 'A person',
      output: Output.object({ schema: z.object({ name: z.string(), age: z.number() }) }),
    });
    expect(output).toEqual({ name: expect.any(String), age: expect.any(Number) });
    expect(finishReason).toBe('stop');
    const body = request(0).body;
    expect(body.toolConfig.toolChoice).toEqual({ tool: { name: 'json' } });
    expect(body.toolConfig.tools[0].toolSpec.inputSchema.json).toMatchObject({ properties: { name: { type: 'string' }, age: { type: 'number' } } });
  });

  it('reasoning: the signature comes back as provider metadata and goes back on the next turn', async () => {
    const first = await generateText({ model: provider()(model), prompt: 'Hello', providerOptions: { bedrockKit: thinking } });
    expect(request(0).body.thinking).toEqual(thinking.additionalModelRequestFields.thinking);
    expect(first.reasoningText).toBe('The user wrote "Hello". A short, friendly answer fits.');
    const signature = (first.reasoning[0]!.providerMetadata?.bedrockKit as { signature?: string }).signature;
    expect(signature).toEqual(expect.any(String));

    const second = await generateText({
      model: provider()(model),
      messages: [{ role: 'user', content: 'Hello' }, ...first.response.messages, { role: 'user', content: 'And now?' }],
      providerOptions: { bedrockKit: thinking },
    });
    // The emulator checks the signature it made; a wrong or missing one would be a 400.
    expect(request(1).body.messages[1].content[0]).toEqual({ type: 'thinking', thinking: first.reasoningText, signature });
    expect(second.text).toBe('Hello from the bedrock-kit emulator. You said: And now?');
  });

  it('works in an ai provider registry (ProviderV4 shape)', async () => {
    const registry = createProviderRegistry({ bedrock: provider() });
    const result = await generateText({ model: registry.languageModel(`bedrock:${model}`), prompt: 'Hi' });
    expect(result.text).toBe('Hello from the bedrock-kit emulator. You said: Hi');
    expect(request(0).path).toBe(`/model/${encodeURIComponent(model)}/invoke`);
  });

  it('warns about per-call headers instead of dropping them silently', async () => {
    const result = await generateText({ model: provider()(model), prompt: 'Hi', headers: { 'x-trace': '1' } });
    expect(result.warnings).toEqual([
      { type: 'unsupported', feature: 'per-call headers', details: 'x-trace not sent: set headers in createBedrockKit({ headers })' },
    ]);
    expect(request(0).headers['x-trace']).toBeUndefined();
  });
});
