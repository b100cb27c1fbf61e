import { isRetryableErrorType, loadOnUse, retryableStatuses, ServiceError, type BedrockError, type CodeOnUse } from '@bedrock-kit/core';
import { raceSignal } from './race-signal';

type FailureCode = typeof import('./failure/failure-code');

// What only a failure needs (reading the error body, the error types, the messages that explain them)
// is a chunk of its own, fetched by the first failure (decision 0023): a bundle whose calls succeed
// never loads it. Nothing up front imports `failure/` statically, or bundlers would keep it there.
const failureCode: CodeOnUse<FailureCode> = { what: 'the code that reads failed responses', load: () => import('./failure/failure-code') };

/**
 * A non-2xx response as the typed error of API.md (`failure/read-failed-response.ts`). The first
 * failure loads the failure code, a wait bounded by the attempt's `signal` (its reason is thrown, for
 * `classifyFailure` to type as the timeout or abort it is). A chunk that cannot load still gives a
 * typed error: see `describeUnreadResponse`.
 */
export function typeFailedResponse(response: Response, now: number, signal: AbortSignal): Promise<BedrockError> {
  // Once loaded, no extra await: a failure is typed in as many ticks as when the code was up front.
  const code = failureCode.module;
  if (code) return code.readFailedResponse(response, now);
  return loadFailureCode(signal).then((loaded) => (loaded instanceof Error ? describeUnreadResponse(response, loaded) : loaded.readFailedResponse(response, now)));
}

/** An exception frame of a response stream as the typed error of its `:exception-type` (`failure/read-stream-exception.ts`), loading the failure code as `typeFailedResponse` does. */
export async function typeStreamException(errorType: string, payload: unknown, signal: AbortSignal): Promise<BedrockError> {
  const code = failureCode.module ?? (await loadFailureCode(signal));
  if (!(code instanceof Error)) return code.readStreamException(errorType, payload);
  return new ServiceError({ message: `${errorType} in the response stream; its message is unread: ${code.message}`, errorType, retryable: isRetryableErrorType(errorType), cause: code });
}

/** The failure code if a failure has loaded it, else `undefined`. */
export function readFailureCode(): FailureCode | undefined {
  return failureCode.module;
}

/** The failure code, or the `ConfigError` naming what could not load (the next failure tries again); the attempt's `signal` firing meanwhile is thrown. */
async function loadFailureCode(signal: AbortSignal): Promise<FailureCode | Error> {
  try {
    return await raceSignal(loadOnUse(failureCode), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return error as Error;
  }
}

/**
 * The failure code could not load (a page offline since it loaded, a deployment that dropped the chunk):
 * the response is still a typed error, a `ServiceError` with its status and request ID, retryable as its
 * status says (429, 5xx …), its body left unread, and the load failure as `cause` (decision 0023).
 */
function describeUnreadResponse(response: Response, loadFailure: Error): BedrockError {
  const { status } = response;
  response.body?.cancel().catch(() => {});
  return new ServiceError({
    message: `HTTP ${status} from Bedrock; its error body is unread: ${loadFailure.message}`,
    status,
    requestId: response.headers.get('x-amzn-requestid') ?? undefined,
    retryable: retryableStatuses.includes(status),
    cause: loadFailure,
  });
}
