import { amazon } from '@bedrock-kit/amazon';
import { deepseek } from '@bedrock-kit/deepseek';
import { mistral } from '@bedrock-kit/mistral';
import { describe, expect, it } from 'vitest';
import { collect, useFamilyEmulator } from './family-on-the-wire.test-support';
import { describePlatformOptionsOnTheWire } from './platform-options.test-support';

// The families of the second round (the facade's own wiring of them is helper D's): the platform keys are the facade's, so they hold here too.
const models = {
  amazon: 'us.amazon.nova-lite-v1:0',
  mistral: 'mistral.mistral-large-2407-v1:0',
  deepseek: 'us.deepseek.r1-v1:0',
};
describePlatformOptionsOnTheWire([amazon, mistral, deepseek], models);

describe('promptCache on Nova (the facade’s key, placed by the amazon family)', () => {
  const { bedrock, request } = useFamilyEmulator([amazon]);
  it.each([
    [true, false],
    [true, true],
    [false, false],
    [false, true],
  ])('useConverse: %s, stream: %s: a cache point after the system prompt', async (useConverse, stream) => {
    const call = { model: models.amazon, system: 'Be brief.', prompt: 'Hi', providerOptions: { useConverse, promptCache: true } };
    if (stream) await collect(bedrock().streamText(call));
    else await bedrock().generateText(call);
    expect(request(0).body.system).toEqual([{ text: 'Be brief.' }, { cachePoint: { type: 'default' } }]);
  });
});
