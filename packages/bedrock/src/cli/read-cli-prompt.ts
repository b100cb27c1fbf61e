import type { CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';

/**
 * The prompt: the positional words, else all of stdin when it is piped.
 * A terminal stdin is not read (it would wait for input the user does not
 * know is expected); an empty prompt is a usage error.
 */
export async function readCliPrompt(positional: string | undefined, stdin: CliIo['stdin']): Promise<string> {
  let prompt = positional;
  if (prompt === undefined && stdin && !stdin.isTTY) {
    const decoder = new TextDecoder();
    prompt = '';
    for await (const chunk of stdin) prompt += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    prompt += decoder.decode();
  }
  if (prompt === undefined || prompt.trim() === '') {
    throw new CliUsageError('No prompt: pass it as an argument (bedrock-kit "Hello") or pipe it on stdin.');
  }
  return prompt;
}
