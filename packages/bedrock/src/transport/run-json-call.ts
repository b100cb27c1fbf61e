import type { CallContext } from './call-context';
import { classifyFailure } from './classify-failure';
import { prepareRetry, type RetryState } from './prepare-retry';
import { readJsonBody } from './run-model-step';
import { sendAttempt } from './send-attempt';
import { createWatchdog } from './watchdog';

/** A non-streaming answer: its JSON body and headers. */
export interface JsonAnswer {
  body: unknown;
  headers: Headers;
  requestId: string | undefined;
}

/**
 * One non-streaming request whose answer is read whole as JSON (embeddings,
 * CountTokens, ApplyGuardrail), through the same sender, watchdog, failure typing and retry
 * policy as a model step. `retry` is this request's own bookkeeping.
 */
export async function runJsonCall(context: CallContext, url: string, body: string, retry: RetryState): Promise<JsonAnswer> {
  for (;;) {
    const watchdog = createWatchdog(context, false);
    try {
      const response = await sendAttempt(context, { url, body, route: 'invoke', stream: false }, watchdog);
      const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
      return { body: await readJsonBody(response, requestId), headers: response.headers, requestId };
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
