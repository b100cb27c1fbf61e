// Runnable example: `npx tsx example.ts` in this folder (after `npm run build` at the root).
// It starts the local emulator, so it needs no AWS account; point `endpoint` and the key at Bedrock for real calls.
import { createBedrock } from '@bedrock-kit/bedrock';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { deepseek } from '@bedrock-kit/deepseek';

const emulator = await startEmulator();
try {
  const bedrock = createBedrock({ families: [deepseek], endpoint: emulator.url, apiKey: emulatorApiKey });

  // DeepSeek-R1 through its cross-region profile: reasoning and answer come apart.
  const { reasoning, text } = await bedrock.generateText({ model: 'us.deepseek.r1-v1:0', prompt: 'Is 97 a prime number?', maxTokens: 2048 });
  console.log('reasoning:', reasoning?.map((part) => part.text).join(''));
  console.log('answer:', text);

  // Streaming: reasoning-delta events (released when R1 closes </think>), then text-delta events.
  for await (const event of bedrock.streamText({ model: 'us.deepseek.r1-v1:0', prompt: 'Name three primes.' })) {
    if (event.type === 'reasoning-delta' || event.type === 'text-delta') process.stdout.write(event.text);
  }
  process.stdout.write('\n');
} finally {
  await emulator.close();
}
