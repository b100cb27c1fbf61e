import { BedrockError } from '@bedrock-kit/core';

/**
 * `error: <Name>: <message>` (the typed errors carry their advice in the
 * message), plus the request ID when the service gave one. Any secret value
 * (4+ characters) is replaced by `[REDACTED]` as a last guard: the errors
 * should hold none.
 */
export function formatCliError(error: unknown, secrets: readonly string[]): string {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  let text = `error: ${name}: ${message}\n`;
  if (BedrockError.isInstance(error) && error.requestId) text += `  request id: ${error.requestId}\n`;
  for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join('[REDACTED]');
  return text;
}
