import { jsonSchema, type BedrockError, type Message, type GenerateTextResult, type ModelFamily, type StreamEvent, type Tool, type ToolResultContentPart } from '@bedrock-kit/core';
import { emulatorApiKey, startEmulator } from '@bedrock-kit/emulator';
import { collectEvents, failure as failureOf, joinDeltas, useTestEmulator } from '@bedrock-kit/test-utils';
import { createBedrock, type Bedrock } from '../create-bedrock';
import type { TextStream } from '../calls/create-text-stream';

export { routeOf } from '@bedrock-kit/test-utils';

export type { Json } from '@bedrock-kit/test-utils';

/** Models these tests call, one name for each ID across files (the emulator serves each; which route and features, the tests say). */
export const models = {
  /** Claude 3.7 Sonnet through its `us.` profile: budget thinking, no structured output. */
  claude37: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
  sonnet45: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  opus48: 'us.anthropic.claude-opus-4-8',
  haiku3: 'anthropic.claude-3-haiku-20240307-v1:0',
  haiku35: 'anthropic.claude-3-5-haiku-20241022-v1:0',
  gptOss: 'openai.gpt-oss-120b-1:0',
  commandR: 'cohere.command-r-plus-v1:0',
  llama: 'us.meta.llama3-2-3b-instruct-v1:0',
} as const;

/** One emulator for the file and a client configured with the given families; `request(n)` the n-th request it received. */
export function useFamilyEmulator(families: ModelFamily[]) {
  const { context, request } = useTestEmulator(() => startEmulator());
  const bedrock = (): Bedrock => createBedrock({ endpoint: context.emulator.url, apiKey: emulatorApiKey, families });
  return { context, bedrock, request };
}

/** Every event of a stream, and its result. */
export const collect = (stream: TextStream): Promise<{ events: StreamEvent[]; result: GenerateTextResult }> => collectEvents(stream);

/** The error a call fails with (undefined when it succeeds). */
export const failure = (promise: Promise<unknown>): Promise<BedrockError | undefined> => failureOf<BedrockError>(promise);

/** The error a stream fails with, after reading it to the end. */
export async function streamFailure(stream: TextStream): Promise<BedrockError | undefined> {
  stream.result.catch(() => undefined);
  stream.text.catch(() => undefined);
  return failure(
    (async () => {
      for await (const _event of stream) {
        // drain
      }
    })(),
  );
}

/** Text deltas joined. */
export const textOf = (events: StreamEvent[]): string => joinDeltas(events, 'text-delta');

/** Reasoning deltas joined. */
export const reasoningOf = (events: StreamEvent[]): string => joinDeltas(events, 'reasoning-delta');

/** A conversation that called the `weatherTools` tool and holds its result: sent without `tools`, Converse refuses it. */
export const weatherCallHistory: Message[] = [
  { role: 'user', content: 'Weather in Oslo?' },
  { role: 'assistant', content: [{ type: 'tool-call', id: 't1', name: 'weather', input: { city: 'Oslo' } }] },
  { role: 'user', content: [{ type: 'tool-result', id: 't1', name: 'weather', output: { celsius: 4 } }] },
];

/** A small tool set with a JSON Schema input. */
export const weatherTools: Record<string, Tool> = {
  weather: {
    description: 'Current weather for a city',
    inputSchema: jsonSchema({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }),
  },
};

/**
 * A tool loop of two steps on `model` with one tool, `chart` (no input): the emulator calls it, `execute`
 * runs, and the model is sent `toModelOutput` of its output instead of the output.
 */
export function generateWithChartTool<Output>(bedrock: Bedrock, model: string, chart: { execute: () => Output; toModelOutput: (output: Output) => ToolResultContentPart[] }): Promise<GenerateTextResult> {
  return bedrock.generateText({ model, prompt: 'Chart it', maxSteps: 2, tools: { chart: { inputSchema: jsonSchema({ type: 'object', properties: {} }), ...chart } } });
}
