import { emulatorApiKey } from '@bedrock-kit/emulator';
import { describe, expect, it } from 'vitest';
import { countHeldEvents, replayWindow } from '../calls/create-text-stream';
import { createBedrockClient, streamText } from '../index';
import { useEmulator } from './emulator.test-support';

const context = useEmulator();

describe('streamText memory over a real socket', () => {
  it('holds a flat number of events while 100,000 text deltas pass to a caller that reads only textStream', async () => {
    const count = 100_000;
    // The emulator streams a reply one word per delta.
    context.emulator.enqueue({ reply: { text: 'w '.repeat(count).trimEnd() } });
    const client = createBedrockClient({ endpoint: context.emulator.url, apiKey: emulatorApiKey });
    const stream = streamText(client, { model: 'amazon.nova-lite-v1:0', prompt: 'many words' });
    let read = 0;
    let mostHeldAfterWindow = 0;
    for await (const _ of stream.textStream) {
      read++;
      if (read > replayWindow) mostHeldAfterWindow = Math.max(mostHeldAfterWindow, countHeldEvents(stream));
    }
    expect(read).toBe(count);
    expect(mostHeldAfterWindow).toBeLessThanOrEqual(1);
    expect((await stream.result).text.length).toBe(count * 2 - 1);
  }, 60_000);
});
