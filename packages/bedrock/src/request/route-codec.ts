import type { ModelInfo, ModelRequest, ModelResponse, NativeRequest, NativeResponseContext, NativeStreamParser } from '@bedrock-kit/core';

/**
 * One wire route (Converse, or a family's native InvokeModel body): a
 * family's `NativeCodec` is one as it is (request → body, answer → response,
 * chunk → parts); Converse is another. The facade has no other path per
 * route: it picks a codec and runs it.
 */
export interface RouteCodec {
  /** Builds the body; throws `InputError` for anything it can't carry. `model` is unknown for a model no configured family serves. */
  prepareRequest(request: ModelRequest, model: ModelInfo | undefined): NativeRequest;
  parseResponse(body: unknown, context: NativeResponseContext): ModelResponse & { warnings?: string[] };
  createStreamParser(context: NativeResponseContext): NativeStreamParser;
  /**
   * The chunk one event-stream event carries for `createStreamParser`'s parser, or `undefined` when it carries none.
   * @default InvokeModel's framing: a `chunk` event carries the model's own JSON, base64-encoded
   */
  readStreamEvent?(eventType: string, payload: unknown): unknown;
}
