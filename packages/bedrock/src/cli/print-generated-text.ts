import type { Bedrock } from '../create-bedrock';
import type { GenerateTextRequest } from '../request/generate-text-request';
import type { CliIo } from './cli-io';
import { printResultNotes } from './print-result-notes';
import { toCliJson } from './to-cli-json';

/** One `generateText` call: the text (or, with `json`, the whole result) on stdout. */
export async function printGeneratedText(bedrock: Bedrock, request: GenerateTextRequest, json: boolean, io: CliIo): Promise<void> {
  const result = await bedrock.generateText(request);
  if (json) {
    io.stdout.write(`${JSON.stringify(toCliJson(result), null, 2)}\n`);
    return;
  }
  io.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
  printResultNotes(result, io);
}
