import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  convertToModelMessages,
  parseJsonEventStream,
  readUIMessageStream,
  stepCountIs,
  streamText,
  tool,
  uiMessageChunkSchema,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { model, thinking, useEmulator } from './emulator.test-support';

const { context, provider, request } = useEmulator();

/** A chat route as an app would write it: UI messages in, `toUIMessageStreamResponse()` out, on node:http. */
let server: Server;
let chatUrl: string;
beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const { messages } = JSON.parse(body) as { messages: UIMessage[] };
    const result = streamText({
      model: provider()(model),
      messages: await convertToModelMessages(messages),
      providerOptions: { bedrockKit: thinking },
      tools: { weather: tool({ inputSchema: z.object({ city: z.string() }), execute: async ({ city }) => ({ city, degrees: 21 }) }) },
      stopWhen: stepCountIs(2),
    });
    const response = result.toUIMessageStreamResponse({ sendReasoning: true });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    const reader = response.body!.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) res.write(next.value);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  chatUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Posts the conversation and reads the answer back with ai's client helpers, as useChat does. */
async function chat(messages: UIMessage[]): Promise<{ status: number; contentType: string | null; message: UIMessage }> {
  const response = await fetch(chatUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) });
  const chunks = parseJsonEventStream({ stream: response.body!, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream<{ success: boolean; value?: UIMessageChunk; error?: unknown }, UIMessageChunk>({
      transform(result, controller) {
        if (!result.success) throw result.error;
        controller.enqueue(result.value!);
      },
    }),
  );
  let message: UIMessage | undefined;
  for await (const snapshot of readUIMessageStream({ stream: chunks, terminateOnError: true })) message = snapshot;
  return { status: response.status, contentType: response.headers.get('content-type'), message: message! };
}

describe('the UI message stream through a real HTTP route', () => {
  it('carries reasoning with its signature, the tool call and result, and the final text; the next turn sends the signature back', async () => {
    const user: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Weather in Paris?' }] };
    const first = await chat([user]);
    expect(first.status).toBe(200);
    expect(first.contentType).toMatch(/^text\/event-stream/);
    const { parts } = first.message;
    expect(first.message.role).toBe('assistant');

    const reasoning = parts.filter((part) => part.type === 'reasoning');
    expect(reasoning).toHaveLength(2); // one per step: the emulator thinks before the tool call and before the answer
    expect(reasoning[0]).toMatchObject({ text: 'The user wrote "Weather in Paris?". A short, friendly answer fits.', state: 'done' });
    const signature = (reasoning[0]!.providerMetadata?.bedrockKit as { signature?: string } | undefined)?.signature;
    expect(signature).toEqual(expect.any(String));

    const toolPart = parts.find((part) => part.type === 'tool-weather') as { state: string; input: unknown; output: unknown } | undefined;
    expect(toolPart).toMatchObject({ state: 'output-available', input: { city: expect.any(String) }, output: { degrees: 21 } });
    const text = parts.filter((part) => part.type === 'text').map((part) => part.text).join('');
    expect(text).toMatch(/^The tool returned: \{"city":".*","degrees":21\}$/);
    expect(context.emulator.requests).toHaveLength(2);

    const second = await chat([user, first.message, { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Thanks!' }] }]);
    expect(second.status).toBe(200);
    // The emulator verifies the signatures it issued: a dropped or altered one fails the call.
    expect(request(2).status).toBe(200);
    const replayed = request(2).body.messages.flatMap((message: { content: { reasoningContent?: { reasoningText: { signature: string } } }[] }) =>
      message.content.flatMap((block) => (block.reasoningContent ? [block.reasoningContent.reasoningText.signature] : [])),
    );
    expect(replayed[0]).toBe(signature);
    // With tools in the conversation the emulator calls the tool again; ai runs it and the answer arrives.
    expect(second.message.parts.some((part) => part.type === 'text')).toBe(true);
  });
});
