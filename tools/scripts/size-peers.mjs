// The peers' equivalent of our "facade + anthropic: streamText with one tool"
// entry, bundled the same way (report only, never budgeted).

const model = 'anthropic.claude-3-5-haiku-20241022-v1:0';

/** @returns {{ name: string, packages: string[], code: string }[]} */
export function createPeerEntries() {
  return [
    {
      name: 'AWS SDK: BedrockRuntimeClient + ConverseStreamCommand',
      packages: ['@aws-sdk/client-bedrock-runtime'],
      code: `import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
export async function run(prompt) {
  const response = await client.send(new ConverseStreamCommand({
    modelId: '${model}',
    messages: [{ role: 'user', content: [{ text: prompt }] }],
    toolConfig: { tools: [{ toolSpec: { name: 'weather', description: 'Weather in a city', inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } } }] },
  }));
  for await (const event of response.stream) if (event.contentBlockDelta?.delta?.text) console.log(event.contentBlockDelta.delta.text);
}`,
    },
    {
      name: 'AI SDK: @ai-sdk/amazon-bedrock + ai streamText',
      packages: ['@ai-sdk/amazon-bedrock', 'ai'],
      code: `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { jsonSchema, streamText, tool } from 'ai';
const bedrock = createAmazonBedrock({ region: 'us-east-1' });
export async function run(prompt) {
  const result = streamText({
    model: bedrock('${model}'),
    prompt,
    tools: { weather: tool({ description: 'Weather in a city', inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) }) },
  });
  for await (const text of result.textStream) console.log(text);
  return result.toolCalls;
}`,
    },
  ];
}
