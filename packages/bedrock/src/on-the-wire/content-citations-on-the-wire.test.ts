import { anthropic } from '@bedrock-kit/anthropic';
import { InputError, type Message } from '@bedrock-kit/core';
import { describe, expect, it } from 'vitest';
import { collect, failure, routeOf, useFamilyEmulator } from './family-on-the-wire.test-support';

// Document citations per part (API.md "Citations and prompts"): `citations: true` on a document part →
// Converse `citations: { enabled: true }` / native Claude `citations: { enabled: true }` on the document
// block; the cited spans come back as `citations` on the result and `citation` stream events.
const claude37 = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
const { bedrock, request } = useFamilyEmulator([anthropic]);

const policy = 'Refunds are paid within five working days of the return.';
const messages: Message[] = [
  {
    role: 'user',
    content: [
      { type: 'document', data: new TextEncoder().encode(policy), mediaType: 'text/plain', name: 'policy', citations: true },
      { type: 'text', text: 'How long do refunds take?' },
    ],
  },
];
const cited = { citedText: policy.slice(0, 40), documentIndex: 0, documentName: 'policy', start: 0, end: 40 };

describe('document citations', () => {
  it.each([
    ['converse', false],
    ['converse', true],
    ['invoke', false],
    ['invoke', true],
  ] as const)('%s (stream %s): asked for on the document block; spans on the result and as citation events', async (route, stream) => {
    const req = { model: claude37, messages, providerOptions: { useConverse: route === 'converse' } };
    const { result, events } = stream ? await collect(bedrock().streamText(req)) : { result: await bedrock().generateText(req), events: [] };
    const body = request(0).body;
    expect(routeOf(request(0))).toBe(`${route === 'converse' ? 'converse' : 'invoke'}${stream ? (route === 'converse' ? '-stream' : '-with-response-stream') : ''}`);
    if (route === 'converse') {
      expect(body.messages[0].content[0]).toEqual({ document: { format: 'txt', name: 'policy', source: { bytes: btoa(policy) }, citations: { enabled: true } } });
    } else {
      expect(body.messages[0].content[0]).toEqual({
        type: 'document',
        source: { type: 'text', media_type: 'text/plain', data: policy },
        title: 'policy',
        citations: { enabled: true },
      });
    }
    expect(result.citations).toEqual([expect.objectContaining({ citedText: cited.citedText, documentIndex: 0 })]);
    if (stream) expect(events.filter((e) => e.type === 'citation')).toEqual([{ type: 'citation', citation: expect.objectContaining({ citedText: cited.citedText }) }]);
  });

  it('a document without citations: true asks for none', async () => {
    const plain: Message[] = [{ role: 'user', content: [{ ...(messages[0]!.content[0] as object), citations: undefined } as never, { type: 'text', text: 'Q?' }] }];
    await bedrock().generateText({ model: claude37, messages: plain, providerOptions: { useConverse: true } });
    expect(request(0).body.messages[0].content[0].document.citations).toBeUndefined();
  });

  it('refuses citations on a model whose row has none (Claude 3 Haiku; Nova in the amazon package), before sending', async () => {
    for (const model of ['anthropic.claude-3-haiku-20240307-v1:0']) {
      const error = await failure(bedrock().generateText({ model, messages }));
      expect(InputError.isInstance(error), model).toBe(true);
      expect(error!.message).toMatch(/has no document citations/);
    }
  });
});
