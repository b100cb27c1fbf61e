import { pathToFileURL } from 'node:url';
import { anthropic } from '@bedrock-kit/anthropic';
import { createBedrock } from '@bedrock-kit/bedrock';
import * as z from 'zod';

/**
 * Runs the three calls of this example and writes what they return.
 * Credentials, region and endpoint are read from the environment when a call is made:
 * AWS_BEARER_TOKEN_BEDROCK or AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN),
 * AWS_REGION, and AWS_ENDPOINT_URL_BEDROCK_RUNTIME (e.g. the local emulator).
 */
export async function main(write: (text: string) => void = (text) => process.stdout.write(text)): Promise<void> {
  const bedrock = createBedrock({ families: [anthropic] });
  const model = process.env.BEDROCK_MODEL ?? 'anthropic.claude-3-haiku-20240307-v1:0';

  // 1. One answer.
  const { text, usage } = await bedrock.generateText({ model, prompt: 'Say hello in five words.' });
  write(`generateText: ${text}\n  (${usage.inputTokens} tokens in, ${usage.outputTokens} out)\n`);

  // 2. The same, token by token.
  write('streamText: ');
  const stream = bedrock.streamText({ model, prompt: 'Count from one to five.' });
  for await (const delta of stream.textStream) write(delta);
  write('\n');

  // 3. A tool the model may call; with maxSteps: 2 its result goes back to the model.
  const answer = await bedrock.generateText({
    model,
    prompt: 'What is the weather in Oslo?',
    maxSteps: 2,
    tools: {
      weather: {
        description: 'The current weather in a city',
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, temperatureC: 3, sky: 'clear' }),
      },
    },
  });
  for (const result of answer.toolResults) write(`tool ${result.name}(${JSON.stringify(result.input)}) → ${JSON.stringify(result.output)}\n`);
  write(`answer: ${answer.text}\n`);
}

// Run when started as a script (`npm start`), not when imported.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
