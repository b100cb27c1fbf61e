import type { BedrockClient } from '../client/bedrock-client';
import { readClientState } from '../client/read-client-state';
import { createTextStream, type TextStream } from './create-text-stream';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { runCall } from './run-call';

/**
 * Events as the caller reads them, the tool loop and the tools-while-streaming
 * fallback included; the same as `bedrock.streamText`.
 *
 * @example
 * const client = createBedrockClient({ families: [anthropic] });
 * for await (const text of streamText(client, { model: 'anthropic.claude-3-5-haiku-20241022-v1:0', prompt: 'Hi' }).textStream) console.log(text);
 */
export function streamText(client: BedrockClient, request: GenerateTextRequest): TextStream {
  // The stream's own signal also fires when a reader stops early, so the call releases its socket.
  // It goes beside the request, not into a copy of it: an open stream would hold that copy (and a hidden class of its own).
  const state = readClientState(client);
  return createTextStream((abortSignal) => runCall(state, request, true, abortSignal), request.abortSignal);
}
