import { BedrockError, ServiceError } from '@bedrock-kit/core';
import type { CallContext } from './call-context';
import { createTransportError } from './create-transport-error';
import { prepareRetry, type RetryState } from './prepare-retry';
import type { RouteRequest } from './prepare-route-request';
import { sendAttempt } from './send-attempt';
import type { StepOutcome } from './step-outcome';
import { createAttemptWatchdog } from './watchdog';

/** One non-streaming model call, retried (and re-signed) as the policy allows. */
export async function runGenerateStep(context: CallContext, request: RouteRequest, retry: RetryState): Promise<StepOutcome> {
  for (;;) {
    const watchdog = createAttemptWatchdog(context, false);
    try {
      const response = await sendAttempt(context, request.url, request.body, 'none', watchdog);
      const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
      const text = await response.text().catch((error: unknown) => {
        throw createTransportError(error, watchdog, context.abortSignal);
      });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw new ServiceError({ message: 'Bedrock answered with a body that is not JSON.', retryable: true, cause, ...(requestId ? { requestId } : {}) });
      }
      const parsed = request.parseResponse(json, response.headers);
      const content = parsed.content;
      return {
        content,
        text: content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join(''),
        toolCalls: content.flatMap((p) => (p.type === 'tool-call' ? [{ id: p.id, name: p.name, input: p.input }] : [])),
        citations: parsed.citations ?? [],
        finishReason: parsed.finishReason,
        usage: parsed.usage,
        api: request.route,
        warnings: [...request.warnings, ...(parsed.warnings ?? [])],
        ...(requestId !== undefined ? { requestId } : {}),
      };
    } catch (error) {
      // Transport failures arrive typed (sendAttempt, the body read above); anything else is a bug in parsing: never disguise it.
      if (!BedrockError.isInstance(error) && watchdog.fired === undefined && !watchdog.signal.aborted) throw error;
      const typed = createTransportError(error, watchdog, context.abortSignal);
      if (await prepareRetry(typed, retry, context)) continue;
      throw typed;
    } finally {
      watchdog.stop();
    }
  }
}
