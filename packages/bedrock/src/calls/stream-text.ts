import type { BedrockInstance } from '../client/bedrock-instance';
import { createTextStream, type TextStream } from './create-text-stream';
import type { GenerateTextRequest } from '../request/generate-text-request';
import { runCall } from './run-call';

/** `bedrock.streamText`: events as they arrive; the tool loop and the tools-while-streaming fallback included. */
export function streamText(instance: BedrockInstance, request: GenerateTextRequest): TextStream {
  // The stream's own signal also fires when a reader stops early, so the call releases its socket.
  // It goes beside the request, not into a copy of it: an open stream would hold that copy (and a hidden class of its own).
  return createTextStream((abortSignal) => runCall(instance, request, true, abortSignal), request.abortSignal);
}
