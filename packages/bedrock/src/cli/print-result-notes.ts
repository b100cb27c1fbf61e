import type { GenerateTextResult } from '@bedrock-kit/core';
import type { CliIo } from './cli-io';

/** Notes on stderr a user would otherwise miss: warnings, and an answer cut short. */
export function printResultNotes(result: GenerateTextResult, io: CliIo): void {
  for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
  if (result.finishReason === 'length') io.stderr.write('note: the answer stopped at the token limit; raise --max-tokens for more.\n');
  if (result.finishReason === 'content-filter') io.stderr.write('note: the answer was stopped by a content filter.\n');
}
