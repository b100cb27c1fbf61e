import type { CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';

/**
 * The prompt: the positional words, then all of stdin when it is piped, joined
 * by a blank line (`git diff | bedrock-kit "Review this diff"` sends the
 * instruction first, then the diff). A terminal stdin is not read (it would
 * wait for input the user does not know is expected); an empty prompt is a
 * usage error.
 */
export async function readCliPrompt(positional: string | undefined, stdin: CliIo['stdin']): Promise<string> {
  let piped: string | undefined;
  if (stdin && !stdin.isTTY) {
    const decoder = new TextDecoder();
    piped = '';
    for await (const chunk of stdin) piped += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    piped += decoder.decode();
  }
  const parts = [positional, piped].filter((part): part is string => part !== undefined && part.trim() !== '');
  if (parts.length === 0) {
    throw new CliUsageError('No prompt: pass it as an argument (bedrock-kit "Hello") or pipe it on stdin.');
  }
  return parts.join('\n\n');
}
