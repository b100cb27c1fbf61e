import type { Bedrock } from '../create-bedrock';
import type { GenerateTextRequest } from '../request/generate-text-request';
import type { CliIo } from './cli-io';
import { printResultNotes } from './print-result-notes';
import { toCliJson } from './to-cli-json';

/**
 * One `streamText` call, written as it arrives: text deltas, or with `json`
 * one JSON event per line and a last `{"type":"result","result":…}` line.
 * A failure mid-stream still ends the output line before it is rethrown.
 */
export async function printStreamedText(bedrock: Bedrock, request: GenerateTextRequest, json: boolean, io: CliIo): Promise<void> {
  const stream = bedrock.streamText(request);
  if (json) {
    for await (const event of stream) io.stdout.write(`${JSON.stringify(event)}\n`);
    io.stdout.write(`${JSON.stringify({ type: 'result', result: toCliJson(await stream.result) })}\n`);
    return;
  }
  let last = '\n';
  try {
    for await (const text of stream.textStream) {
      if (text === '') continue;
      io.stdout.write(text);
      last = text;
    }
  } finally {
    if (!last.endsWith('\n')) io.stdout.write('\n');
  }
  printResultNotes(await stream.result, io);
}
