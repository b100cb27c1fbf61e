import type { CallContext } from './call-context';
import { classifyFailure } from './classify-failure';
import { prepareRetry } from './prepare-retry';
import { readJsonBody } from './run-model-step';
import { sendAttempt } from './send-attempt';
import { createWatchdog } from './watchdog';

/**
 * One non-model call (CountTokens, ApplyGuardrail) through the same transport as the model calls:
 * signed at send time, retried and timed out by the same policy, every failure typed by
 * `classifyFailure`. Resolves with the answer's JSON and its request ID.
 */
export async function runJsonRequest(context: CallContext, url: string, body: unknown): Promise<{ json: unknown; requestId?: string }> {
  const request = { url, body: JSON.stringify(body), route: 'converse' as const, stream: false };
  const retry = { retries: 0, skewCorrected: false };
  for (;;) {
    const watchdog = createWatchdog(context, false);
    try {
      const response = await sendAttempt(context, request, watchdog);
      const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
      return { json: await readJsonBody(response, requestId), requestId };
    } catch (error) {
      const typed = classifyFailure(error, watchdog, context.abortSignal);
      if (!typed) throw error;
      if (await prepareRetry(typed, retry, context)) continue;
      throw typed;
    } finally {
      watchdog.stop();
    }
  }
}
