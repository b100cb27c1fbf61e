// Runnable example: `npx tsx example.ts` in this folder (after `npm run build` at the root).
// It starts the local emulator, so it needs no AWS account; point `endpoint` and the key at Bedrock for real calls.
import { createBedrock } from '@bedrock-kit/bedrock';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { mistral } from '@bedrock-kit/mistral';

const emulator = await startEmulator();
try {
  const bedrock = createBedrock({ families: [mistral], endpoint: emulator.url, apiKey: emulatorApiKey });

  // Native text-completion body (`<s>[INST] … [/INST]`).
  const { text, api } = await bedrock.generateText({ model: 'mistral.mistral-7b-instruct-v0:2', prompt: 'Say hello in French.', maxTokens: 64 });
  console.log(api, text);

  // Native chat body, streamed.
  for await (const chunk of bedrock.streamText({ model: 'mistral.mistral-large-2407-v1:0', prompt: 'Count to five.' }).textStream) process.stdout.write(chunk);
  process.stdout.write('\n');

  // Tools: Converse by default; the tool loop runs `execute` and sends the result back.
  const weather = await bedrock.generateText({
    model: 'mistral.devstral-2-123b',
    prompt: 'What is the weather in Paris?',
    maxSteps: 2,
    tools: {
      weather: {
        description: 'Current weather for a city',
        inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        execute: async ({ city }: { city: string }) => ({ city, tempC: 18 }),
      },
    },
  });
  console.log(weather.text);
} finally {
  await emulator.close();
}
