import { readCassette, type RecordedExchange } from '@bedrock-kit/test-utils';

/** One recorded Converse exchange, its request body parsed. */
export interface RecordedConverse {
  uri: string;
  requestBody: Record<string, any>;
  responseStatus: number;
  /** JSON response (parsed), or `undefined` for a binary event stream. */
  responseJson: unknown;
  responseBytes: Uint8Array;
}

/** The exchanges of a cassette, bodies decoded. */
export function readRecordedConverse(source: 'openllmetry' | 'pydantic-ai', name: string): RecordedConverse[] {
  return readCassette(source, name).map((exchange: RecordedExchange) => {
    const streaming = (exchange.response.headers['content-type'] ?? []).some((t) => t.includes('eventstream'));
    return {
      uri: exchange.request.uri,
      requestBody: JSON.parse(exchange.request.body ?? '{}'),
      responseStatus: exchange.response.status,
      responseJson: streaming
        ? undefined
        : (exchange.response.parsedBody ?? JSON.parse(new TextDecoder().decode(exchange.response.body))),
      responseBytes: exchange.response.body,
    };
  });
}

/**
 * The recorded body reduced to what it means, so it can be compared with
 * ours structurally. The recording clients (botocore via pydantic-ai and
 * openllmetry) write a few things ours leaves out, each equivalent:
 * - `system: []` and `inferenceConfig: {}` (empty = absent);
 * - `status: "success"` on tool results (the default; Converse accepts the
 *   field only for Nova and Claude, so we send only `error`);
 * - `cachePoint` blocks, which the anthropic family adapter adds after this
 *   mapping (`anthropicPromptCache`), not the mapping itself.
 */
export function normalizeRecordedBody(body: Record<string, any>): Record<string, any> {
  const copy = structuredClone(body);
  if (Array.isArray(copy.system) && copy.system.length === 0) delete copy.system;
  if (copy.inferenceConfig && Object.keys(copy.inferenceConfig).length === 0) delete copy.inferenceConfig;
  const withoutCachePoints = (blocks: any[]) => blocks.filter((block) => !('cachePoint' in block));
  if (Array.isArray(copy.system)) copy.system = withoutCachePoints(copy.system);
  if (copy.toolConfig) copy.toolConfig.tools = withoutCachePoints(copy.toolConfig.tools);
  for (const message of copy.messages ?? []) {
    message.content = withoutCachePoints(message.content);
    for (const block of message.content) if (block.toolResult?.status === 'success') delete block.toolResult.status;
  }
  return copy;
}
