import { anthropic } from '@bedrock-kit/anthropic';
import { createBedrock, type GenerateTextResult } from '@bedrock-kit/bedrock';

/** What the page's form holds. */
export interface AnswerSettings {
  /** Base URL; empty for the AWS endpoint of `region`. */
  endpoint?: string;
  region?: string;
  /** A Bedrock API key. Use a short-lived one: anything in a page can be read by its user. */
  apiKey: string;
  model: string;
  prompt: string;
}

/**
 * Streams the model's answer, calling `onText` with each piece as it arrives,
 * and resolves with the full result (usage, finish reason) at the end.
 */
export async function streamAnswer(
  settings: AnswerSettings,
  onText: (text: string) => void,
  abortSignal?: AbortSignal,
): Promise<GenerateTextResult> {
  const bedrock = createBedrock({
    families: [anthropic],
    apiKey: settings.apiKey,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.region ? { region: settings.region } : {}),
  });
  const stream = bedrock.streamText({ model: settings.model, prompt: settings.prompt, ...(abortSignal ? { abortSignal } : {}) });
  for await (const text of stream.textStream) onText(text);
  return stream.result;
}
