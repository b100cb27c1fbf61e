import type { TelemetryOptions } from '../client/telemetry-options';
import type { CallContext } from '../transport/call-context';
import { startCallSpan } from '../transport/telemetry';

/** The operations of the calls whose answer is one JSON body per request (GenAI `gen_ai.operation.name`). */
export type JsonCallOperation = 'embeddings' | 'count_tokens' | 'apply_guardrail';

/** The fields of the JSON calls' results that become span attributes. */
interface JsonCallResult {
  inputTokens?: number;
  usage?: { inputTokens?: number };
  embeddings?: number[][];
  requestId?: string;
}

/**
 * `embed` / `embedMany` / `countTokens` / `applyGuardrail` traced: the call's span (`{operation} {model}`) around
 * `run`, every HTTP attempt a child (as for text calls). Loaded with `import()` on the first traced call
 * (decision 0015), so a bundle that never traces carries only the call sites' `import()`.
 * `model` is the model ID, or the guardrail ID for `apply_guardrail`.
 */
export async function traceJsonCall<T extends object>(
  options: TelemetryOptions,
  context: CallContext,
  operation: JsonCallOperation,
  model: string,
  run: () => Promise<T>,
): Promise<T> {
  const call = startCallSpan(options, {
    operation,
    model,
    endpoint: context.endpoint,
    attributes: { 'aws.bedrock.guardrail.id': operation === 'apply_guardrail' ? model : undefined },
  });
  // The request IDs of the answered requests: an embedding call may send several batches.
  const requestIds: string[] = [];
  context.telemetry = {
    startAttempt(url, body) {
      const attempt = call.startAttempt(url, body);
      return {
        end(response, error) {
          const requestId = response?.ok ? response.headers.get('x-amzn-requestid') : null;
          if (requestId) requestIds.push(requestId);
          attempt.end(response, error);
        },
      };
    },
  };
  try {
    const result = await run();
    const { inputTokens, usage, embeddings } = result as JsonCallResult;
    const requestId = (result as JsonCallResult).requestId ?? (requestIds.length === 1 ? requestIds[0] : undefined);
    call.end({
      'gen_ai.response.model': operation === 'apply_guardrail' ? undefined : model,
      'gen_ai.response.id': requestId,
      'aws.request_id': requestId,
      'gen_ai.usage.input_tokens': inputTokens ?? usage?.inputTokens,
      'gen_ai.embeddings.dimension.count': embeddings?.[0]?.length,
    });
    return result;
  } catch (error) {
    call.fail(error);
    throw error;
  }
}
