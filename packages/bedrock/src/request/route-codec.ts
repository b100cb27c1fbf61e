import type { ModelInfo, ModelRequest, ModelResponse, NativeRequest, NativeResponseContext, NativeStreamParser } from '@bedrock-kit/core';

/**
 * One wire route (Converse, or a family's native InvokeModel body): the same
 * interface as a family's `NativeCodec` (request → body, answer → response,
 * chunk → parts), plus how the route's event stream carries those chunks.
 * The facade has no other path per route: it picks a codec and runs it.
 */
export interface RouteCodec {
  /** Builds the body; throws `InputError` for anything it can't carry. `model` is unknown for a model no configured family serves. */
  prepareRequest(request: ModelRequest, model: ModelInfo | undefined): NativeRequest;
  parseResponse(body: unknown, context: NativeResponseContext): ModelResponse & { warnings?: string[] };
  createStreamParser(context: NativeResponseContext): NativeStreamParser;
  /** The chunk one event-stream event carries for `createStreamParser`'s parser, or `undefined` when it carries none. */
  readStreamEvent(eventType: string, payload: unknown): unknown;
}
