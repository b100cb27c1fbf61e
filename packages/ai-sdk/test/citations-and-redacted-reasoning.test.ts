import { cohere } from '@bedrock-kit/cohere';
import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { model, thinking, useEmulator } from './emulator.test-support';

const { context, provider, request } = useEmulator();
const handbook = 'Employees get 25 days of paid leave per year.';
const prompt = [
  {
    role: 'user' as const,
    content: [
      { type: 'file' as const, data: new TextEncoder().encode(handbook), mediaType: 'text/plain', filename: 'handbook' },
      { type: 'text' as const, text: 'How much leave do I get?' },
    ],
  },
];
const citedReply = {
  reply: {
    content: [
      { type: 'text' as const, text: 'You get 25 days.', citations: [{ citedText: '25 days of paid leave', documentIndex: 0, title: 'handbook', start: 14, end: 35 }] },
    ],
  },
};
const expectedSource = {
  type: 'source',
  sourceType: 'document',
  id: 'citation-0',
  mediaType: 'text/plain',
  title: 'handbook',
  filename: 'handbook',
  providerMetadata: { bedrockKit: { citedText: '25 days of paid leave', documentIndex: 0, documentName: 'handbook', start: 14, end: 35 } },
};

describe('citations (Cohere over Converse) as document sources', () => {
  it('generateText: a source per citation, with the cited document media type and name', async () => {
    context.emulator.enqueue(citedReply);
    const result = await generateText({ model: provider({ families: [cohere] })('cohere.command-r-plus-v1:0'), messages: prompt });
    expect(request(0).body.messages[0].content[0].document).toMatchObject({ name: 'handbook', citations: { enabled: true } });
    expect(result.text).toBe('You get 25 days.');
    expect(result.sources).toEqual([expectedSource]);
    expect(result.providerMetadata?.bedrockKit).toMatchObject({ citations: [expectedSource.providerMetadata.bedrockKit] });
  });

  it('streamText: the citation streams as a source part', async () => {
    context.emulator.enqueue(citedReply);
    const result = streamText({ model: provider({ families: [cohere] })('cohere.command-r-plus-v1:0'), messages: prompt });
    expect(await result.text).toBe('You get 25 days.');
    expect(await result.sources).toEqual([expectedSource]);
  });
});

describe('redacted reasoning', () => {
  it('comes back as a reasoning part with its data in providerMetadata.bedrockKit.redacted and goes back unchanged', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'redacted-reasoning', data: 'UkVEQUNURUQ=' }, { type: 'text', text: 'Done.' }] } });
    const first = await generateText({ model: provider()(model), prompt: 'Hi', providerOptions: { bedrockKit: thinking } });
    // bedrock-kit keeps redacted reasoning in the Converse form (base64 of the native `data` string).
    expect(first.reasoning).toEqual([{ type: 'reasoning', text: '', providerMetadata: { bedrockKit: { redacted: btoa('UkVEQUNURUQ=') } } }]);
    expect(request(0).status).toBe(200);
    await generateText({
      model: provider()(model),
      messages: [{ role: 'user', content: 'Hi' }, ...first.response.messages, { role: 'user', content: 'Again' }],
      providerOptions: { bedrockKit: thinking },
    });
    expect(request(1).body.messages[1].content[0]).toEqual({ type: 'redacted_thinking', data: 'UkVEQUNURUQ=' });
  });

  it('streamText: the redacted block (which streams no event) still reaches response.messages and the next turn', async () => {
    context.emulator.enqueue({ reply: { content: [{ type: 'redacted-reasoning', data: 'UkVEQUNURUQ=' }, { type: 'text', text: 'Done.' }] } });
    const first = streamText({ model: provider()(model), prompt: 'Hi', providerOptions: { bedrockKit: thinking } });
    expect(await first.text).toBe('Done.');
    expect(await first.reasoning).toEqual([{ type: 'reasoning', text: '', providerMetadata: { bedrockKit: { redacted: btoa('UkVEQUNURUQ=') } } }]);
    await generateText({
      model: provider()(model),
      messages: [{ role: 'user', content: 'Hi' }, ...(await first.response).messages, { role: 'user', content: 'Again' }],
      providerOptions: { bedrockKit: thinking },
    });
    expect(request(1).status).toBe(200);
    // The stream put it after the text; the request puts it back before the text, where Claude wrote it.
    expect(request(1).body.messages[1].content).toEqual([
      { type: 'redacted_thinking', data: 'UkVEQUNURUQ=' },
      { type: 'text', text: 'Done.' },
    ]);
  });
});
