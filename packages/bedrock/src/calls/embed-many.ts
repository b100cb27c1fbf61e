import { parseUsageHeaders, ServiceError } from '@bedrock-kit/core';
import type { BedrockClient } from '../client/bedrock-client';
import type { BedrockInstance } from '../client/bedrock-instance';
import { readClientState } from '../client/read-client-state';
import type { EmbedManyRequest, EmbedManyResult } from '../request/embed-request';
import { prepareEmbeddingCall, type PreparedEmbeddingCall } from '../request/prepare-embedding-call';
import { createCallContext } from '../transport/create-call-context';
import { runJsonCall } from '../transport/run-json-call';
import { runJsonCallTraced } from './run-json-call-traced';

/**
 * Embeds texts: one vector per value, in order. Values are sent in the model's
 * batches (96 texts per request for Cohere Embed, one for Titan), at most
 * `maxConcurrency` requests (default 5) at a time, each signed, retried and
 * timed out as a text call is; `usage.inputTokens` is the sum over the
 * requests. Everything the model can't take fails before anything is sent.
 * The same as `bedrock.embedMany`.
 *
 * @example
 * const client = createBedrockClient({ families: [cohereEmbed] });
 * const { embeddings } = await embedMany(client, { model: 'cohere.embed-english-v3', values: ['sunny day', 'rainy day'] });
 */
export async function embedMany(client: BedrockClient, request: EmbedManyRequest): Promise<EmbedManyResult> {
  const instance = readClientState(client);
  return runEmbeddingCall(instance, prepareEmbeddingCall(instance, request, 'embedMany'), request);
}

/** Sends the prepared batches with bounded concurrency and puts the vectors back in order. */
export async function runEmbeddingCall(
  instance: BedrockInstance,
  prepared: PreparedEmbeddingCall,
  request: Pick<EmbedManyRequest, 'abortSignal' | 'values'>,
): Promise<EmbedManyResult> {
  const { batches, codec, url } = prepared;
  // One signal for every request of the call: the caller's abort, or the first failure, stops the others.
  const controller = new AbortController();
  const callerSignal = request.abortSignal;
  const forward = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forward();
  else callerSignal?.addEventListener('abort', forward, { once: true });
  // One context: `timeout.totalMs` bounds the whole call, not each request.
  const context = createCallContext(instance, prepared, controller.signal);
  const embeddings: number[][] = new Array(request.values.length);
  let inputTokens: number | undefined = 0;
  let failure: { error: unknown } | undefined;
  let next = 0;

  const worker = async (): Promise<void> => {
    while (!failure && next < batches.length) {
      const { start, request: batch, body } = batches[next++]!;
      try {
        const answer = await runJsonCall(context, url, body, { retries: 0, skewCorrected: false });
        const decoded = codec.parseResponse(answer.body, { headers: answer.headers, request: batch });
        if (decoded.embeddings.length !== batch.values.length) {
          throw new ServiceError({
            message: `${prepared.model.modelId} answered ${decoded.embeddings.length} vectors for ${batch.values.length} texts.`,
            requestId: answer.requestId,
          });
        }
        decoded.embeddings.forEach((vector, index) => (embeddings[start + index] = vector));
        const count = decoded.inputTokens ?? parseUsageHeaders(answer.headers).inputTokens;
        inputTokens = count === undefined || inputTokens === undefined ? undefined : inputTokens + count;
      } catch (error) {
        // The first failure is the call's; the requests it stops fail with an abort, not reported.
        if (!failure) {
          failure = { error };
          controller.abort(error);
        }
      }
    }
  };
  const run = async (): Promise<EmbedManyResult> => {
    await Promise.all(Array.from({ length: Math.min(prepared.maxConcurrency, batches.length) }, worker));
    if (failure) throw failure.error;
    return { embeddings, usage: { inputTokens } };
  };
  try {
    return await runJsonCallTraced(instance, context, 'embeddings', prepared.model.modelId, run);
  } finally {
    callerSignal?.removeEventListener('abort', forward);
  }
}
