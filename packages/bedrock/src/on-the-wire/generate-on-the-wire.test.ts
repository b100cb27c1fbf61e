import { emulatorApiKey } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { jsonSchema } from '@bedrock-kit/core';
import { createBedrock } from '../create-bedrock';
import { useEmulator } from './emulator.test-support';

const model = 'amazon.nova-lite-v1:0';
const context = useEmulator();
const bedrock = () => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey });

describe('generateText / streamText / generateObject over Converse', () => {
  it('returns text, usage, finish reason, request id and the messages to append', async () => {
    context.emulator.enqueue({ reply: { text: 'Paris.', usage: { inputTokens: 7, outputTokens: 2, cacheReadInputTokens: 3 } } });
    const result = await bedrock().generateText({ model, prompt: 'Capital of France?' });
    expect(result).toMatchObject({
      text: 'Paris.',
      finishReason: 'stop',
      api: 'converse',
      usage: { inputTokens: 7, outputTokens: 2, cacheReadTokens: 3 },
      requestId: context.emulator.requests[0]!.requestId,
      response: { messages: [{ role: 'assistant', content: [{ type: 'text', text: 'Paris.' }] }] },
    });
    expect(result.steps).toHaveLength(1);
  });

  it('keeps reasoning with its signature, and sends it back next turn', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'reasoning', text: 'thinking…', signature: 'sig-1' }, { type: 'text', text: 'Done.' }] } });
    const first = await bedrock().generateText({ model, prompt: 'Think' });
    expect(first.reasoning).toEqual([{ text: 'thinking…', signature: 'sig-1' }]);
    await bedrock().generateText({ model, messages: [{ role: 'user', content: 'Think' }, ...first.response.messages, { role: 'user', content: 'More' }] });
    const sent = context.emulator.requests[1]!.body as { messages: { content: Record<string, unknown>[] }[] };
    expect(sent.messages[1]!.content[0]).toEqual({ reasoningContent: { reasoningText: { text: 'thinking…', signature: 'sig-1' } } });
  });

  it('runs the tool loop with execute up to maxSteps', async () => {
    const calls: unknown[] = [];
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather in Oslo?',
      maxSteps: 3,
      tools: {
        weather: {
          description: 'Weather for a city',
          inputSchema: z.object({ city: z.string() }),
          execute: async (input) => {
            calls.push(input);
            return { tempC: 3 };
          },
        },
      },
    });
    expect(calls).toHaveLength(1);
    expect(result.steps).toHaveLength(2);
    expect(result.toolResults).toEqual([expect.objectContaining({ name: 'weather', output: { tempC: 3 } })]);
    expect(result.text).toContain('tempC');
    expect(result.response.messages.map((m) => m.role)).toEqual(['assistant', 'user', 'assistant']);
    const second = context.emulator.requests[1]!.body as { toolConfig: unknown; messages: unknown[] };
    expect(second.messages).toHaveLength(3);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it('returns tool calls without execute and stops', async () => {
    const result = await bedrock().generateText({
      model,
      prompt: 'Weather?',
      maxSteps: 5,
      toolChoice: 'required',
      tools: { weather: { inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) } },
    });
    expect(result.finishReason).toBe('tool-calls');
    expect(result.toolCalls).toEqual([expect.objectContaining({ name: 'weather', input: { city: expect.any(String) } })]);
    expect(context.emulator.requests).toHaveLength(1);
    expect((context.emulator.requests[0]!.body as { toolConfig: { toolChoice: unknown } }).toolConfig.toolChoice).toEqual({ any: {} });
  });

  it('generateObject sends one forced tool and validates with zod', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'tool-use', name: 'json', input: { name: 'Ada', born: 1815 } }] } });
    const { object, api } = await bedrock().generateObject({ model, prompt: 'Ada', schema: z.object({ name: z.string(), born: z.number() }) });
    expect(object).toEqual({ name: 'Ada', born: 1815 });
    expect(api).toBe('converse');
    const body = context.emulator.requests[0]!.body as { toolConfig: { toolChoice: unknown; tools: { toolSpec: { inputSchema: { json: Record<string, unknown> } } }[] } };
    expect(body.toolConfig.toolChoice).toEqual({ tool: { name: 'json' } });
    expect(body.toolConfig.tools[0]!.toolSpec.inputSchema.json).not.toHaveProperty('$schema');
  });

  it('streamText yields deltas, then finish with usage; result matches the events', async () => {
    context.emulator.enqueue({ reply: { text: 'one two three four' } });
    const stream = bedrock().streamText({ model, prompt: 'count' });
    const events = [];
    for await (const event of stream) events.push(event);
    const deltas = events.filter((e) => e.type === 'text-delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((e) => e.text).join('')).toBe('one two three four');
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
    const result = await stream.result;
    expect(result.text).toBe('one two three four');
    expect(await stream.text).toBe(result.text);
    expect(context.emulator.requests[0]!.path).toMatch(/\/converse-stream$/);
  });

  it('streamText delivers the first delta before the emulator has finished sending', async () => {
    const gate = context.emulator.gate();
    context.emulator.enqueue({ reply: { text: 'first then the rest' }, holdAfterEvents: { afterEvents: 2, gate } });
    const stream = bedrock().streamText({ model, prompt: 'x' });
    const iterator = stream.textStream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(gate.released).toBe(false); // the emulator is still holding the rest of the stream
    gate.release();
    let text = first.value as string;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) text += next.value;
    expect(text).toBe('first then the rest');
  });

  it('streamText streams tool calls and runs the loop', async () => {
    const stream = bedrock().streamText({
      model,
      prompt: 'Weather?',
      maxSteps: 2,
      tools: { weather: { inputSchema: z.object({ city: z.string() }), execute: async () => ({ sunny: true }) } },
    });
    const types = new Set<string>();
    for await (const event of stream) types.add(event.type);
    expect([...types]).toEqual(expect.arrayContaining(['tool-call-delta', 'tool-call', 'text-delta', 'finish']));
    const result = await stream.result;
    expect(result.steps).toHaveLength(2);
    expect(result.text).toContain('sunny');
  });
});
