import { Output, stepCountIs, streamText, tool } from 'ai';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { model, thinking, useEmulator } from './emulator.test-support';

const { context, provider, request, routeOf } = useEmulator();

/** Every part of a stream, read to the end. */
async function partsOf<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const parts: T[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe('streamText from ai through bedrock-kit', () => {
  it('streams text in several deltas of one block, then finish with usage and the request id', async () => {
    const result = streamText({ model: provider()(model), prompt: 'Hello' });
    const parts = await partsOf(result.fullStream);
    expect(routeOf(0)).toBe('invoke-with-response-stream');
    const types = parts.map((part) => part.type);
    expect(types[0]).toBe('start');
    expect(types.filter((type) => type === 'text-start')).toHaveLength(1);
    expect(types.filter((type) => type === 'text-delta').length).toBeGreaterThan(1);
    expect(types.indexOf('text-end')).toBeGreaterThan(types.lastIndexOf('text-delta'));
    expect(types.slice(-2)).toEqual(['finish-step', 'finish']);
    expect(await result.text).toBe('Hello from the bedrock-kit emulator. You said: Hello');
    expect(await result.finishReason).toBe('stop');
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(0);
    expect((await result.response).id).toBe(request(0).requestId);
    expect((await result.providerMetadata)?.bedrockKit).toEqual({ api: 'invoke', requestId: request(0).requestId });
  });

  it('streams reasoning before text; the signature arrives on reasoning-end and goes back next turn', async () => {
    const first = streamText({ model: provider()(model), prompt: 'Hello', providerOptions: { bedrockKit: thinking } });
    const parts = await partsOf(first.fullStream);
    const types = parts.map((part) => part.type);
    expect(types.indexOf('reasoning-start')).toBeLessThan(types.indexOf('text-start'));
    expect(types.filter((type) => type === 'reasoning-delta').length).toBeGreaterThan(1);
    expect(await first.reasoningText).toBe('The user wrote "Hello". A short, friendly answer fits.');
    const reasoning = await first.reasoning;
    const signature = (reasoning[0]!.providerMetadata?.bedrockKit as { signature?: string }).signature;
    expect(signature).toEqual(expect.any(String));

    const messages = [{ role: 'user' as const, content: 'Hello' }, ...(await first.response).messages, { role: 'user' as const, content: 'More' }];
    const second = streamText({ model: provider()(model), messages, providerOptions: { bedrockKit: thinking } });
    expect(await second.text).toBe('Hello from the bedrock-kit emulator. You said: More');
    expect(request(1).body.messages[1].content[0]).toEqual({ type: 'thinking', thinking: await first.reasoningText, signature });
  });

  it('streams tool input and a tool call; ai runs the tool and streams the second step', async () => {
    const result = streamText({
      model: provider()(model),
      prompt: 'Weather?',
      tools: { weather: tool({ inputSchema: z.object({ city: z.string() }), execute: async ({ city }) => ({ city, sunny: true }) }) },
      stopWhen: stepCountIs(2),
    });
    const parts = await partsOf(result.fullStream);
    expect(routeOf(0)).toBe('converse-stream');
    const types = parts.map((part) => part.type);
    expect(types).toContain('tool-input-start');
    expect(types).toContain('tool-input-delta');
    expect(types.indexOf('tool-input-end')).toBeLessThan(types.indexOf('tool-call'));
    const call = parts.find((part) => part.type === 'tool-call')!;
    expect(call).toMatchObject({ toolName: 'weather', input: { city: expect.any(String) } });
    expect(parts.find((part) => part.type === 'tool-result')).toMatchObject({ output: { sunny: true } });
    expect(context.emulator.requests).toHaveLength(2);
    expect(await result.text).toMatch(/^The tool returned: \{"city":".*","sunny":true\}$/);
    expect((await result.steps).map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
  });

  it('streams Output.object partial objects from the forced tool input', async () => {
    const result = streamText({
      model: provider()(model),
      prompt: 'A city',
      output: Output.object({ schema: z.object({ name: z.string(), population: z.number() }) }),
    });
    const partials = await partsOf(result.partialOutputStream);
    expect(partials.length).toBeGreaterThan(0);
    expect(await result.output).toEqual({ name: expect.any(String), population: expect.any(Number) });
    expect(partials.at(-1)).toEqual(await result.output);
    expect(await result.finishReason).toBe('stop');
  });

  it('cancelling the AI SDK stream ends the Bedrock stream (the emulator holds it; nothing hangs)', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ holdAfterEvents: { afterEvents: 3, gate } });
    const controller = new AbortController();
    const result = streamText({ model: provider()(model), prompt: 'Hello', abortSignal: controller.signal });
    const reader = result.fullStream[Symbol.asyncIterator]();
    const types: string[] = [];
    while (!types.includes('text-delta')) types.push((await reader.next()).value!.type);
    await gate.reached;
    controller.abort();
    for (;;) {
      const next = await reader.next();
      if (next.done) break;
      types.push(next.value.type);
    }
    gate.release();
    expect(types).toContain('abort');
    expect(types).not.toContain('finish-step');
    expect(types).not.toContain('error');
  });
});
