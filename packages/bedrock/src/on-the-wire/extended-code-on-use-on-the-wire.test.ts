import { anthropic } from '@bedrock-kit/anthropic';
import { describe, expect, it } from 'vitest';
import { needsExtendedCode } from '../request/extended/load-extended-code';
import { collect, generateWithChartTool, models, useFamilyEmulator } from './family-on-the-wire.test-support';

// Its own file, so the extended code starts unloaded (vitest gives each file fresh modules): round two's
// request features load on use, and a later step of the tool loop may bring the first such part of a call.
const { claude37 } = models;
const { bedrock, request } = useFamilyEmulator([anthropic]);
const image = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'What is it?' }, { type: 'image' as const, data: 'AQID', mediaType: 'image/png' }] }];

describe("round two's request features, loaded on use", () => {
  it('a text-only call does not load it; a tool result whose toModelOutput brings an image loads it before that step', async () => {
    await collect(bedrock().streamText({ model: claude37, prompt: 'Hi', providerOptions: { useConverse: true } }));
    expect(needsExtendedCode({ messages: image })).toBe(true); // still not loaded
    const result = await generateWithChartTool(bedrock(), claude37, { execute: () => 'AQID', toModelOutput: (png) => [{ type: 'image', data: png, mediaType: 'image/png' }] });
    expect(result.steps).toHaveLength(2);
    expect(request(2).body.messages[2].content[0].toolResult.content).toEqual([{ image: { format: 'png', source: { bytes: 'AQID' } } }]);
    expect(needsExtendedCode({ messages: image })).toBe(false);
  });

  it('a call that starts with an image sends it as a Converse image block, streaming and not', async () => {
    for (const stream of [false, true]) {
      const req = { model: claude37, messages: image, providerOptions: { useConverse: true } };
      if (stream) await collect(bedrock().streamText(req));
      else await bedrock().generateText(req);
    }
    for (const index of [0, 1]) expect(request(index).body.messages[0].content[1]).toEqual({ image: { format: 'png', source: { bytes: 'AQID' } } });
  });
});
