import { omitUndefined, ServiceError } from '@bedrock-kit/core';
import { createTransportError } from '../transport/create-transport-error';
import type { RouteRequest } from '../request/prepare-route-request';
import type { StepOutcome } from './step-outcome';
import type { Watchdog } from '../transport/watchdog';

/** Reads and decodes the JSON body of a non-streaming answer. */
export async function readStepOutcome(
  response: Response,
  request: RouteRequest,
  watchdog: Watchdog,
  abortSignal: AbortSignal | undefined,
  requestId: string | undefined,
): Promise<StepOutcome> {
  const text = await response.text().catch((error: unknown) => {
    throw createTransportError(error, watchdog, abortSignal);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ServiceError({ message: 'Bedrock answered with a body that is not JSON.', retryable: true, cause, requestId });
  }
  const { content, citations = [], finishReason, usage, warnings = [] } = request.parseResponse(json, response.headers);
  return omitUndefined({
    content,
    text: content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(''),
    toolCalls: content.flatMap((part) => (part.type === 'tool-call' ? [{ id: part.id, name: part.name, input: part.input }] : [])),
    citations,
    finishReason,
    usage,
    api: request.route,
    warnings: [...request.warnings, ...warnings],
    requestId,
  });
}
