import { hasGuardrailIntervened, omitUndefined, type BedrockProviderMetadata, type ModelStreamPart, type StreamAccumulator, type StreamEvent } from '@bedrock-kit/core';
import type { RouteRequest } from '../request/prepare-route-request';
import { readInvokeHeaders } from './read-provider-metadata';
import type { StepOutcome } from './step-outcome';

/** The events of one chunk's parts, in order, folded into the step's accumulator. */
export function foldParts(accumulator: StreamAccumulator, parts: ModelStreamPart[]): StreamEvent[] {
  return parts.length === 0 ? [] : parts.flatMap((part) => accumulator.push(part));
}

/** The streamed step so far (or whole), as the tool loop and `partial` need it. */
export function readStreamedOutcome(accumulator: StreamAccumulator, request: RouteRequest, requestId: string | undefined): StepOutcome {
  const snapshot = accumulator.snapshot();
  return omitUndefined({ ...snapshot, finishReason: snapshot.finishReason ?? 'error', api: request.route, warnings: request.warnings, requestId });
}

/**
 * A native stream's platform facts: the tier and latency headers of the response (`chunk` absent),
 * or what Bedrock adds to the final chunk whatever the family: the guardrail trace
 * (`amazon-bedrock-trace`) and an intervention (`amazon-bedrock-guardrailAction: INTERVENED`),
 * which ends the answer as `content-filter`. Folded after the family's own parts of the chunk.
 */
export function foldNativeMetadata(accumulator: StreamAccumulator, headers: Headers | undefined, chunk?: unknown): void {
  const metadata: BedrockProviderMetadata = chunk === undefined ? readInvokeHeaders(headers) : {};
  const trace = (chunk as Record<string, unknown> | null | undefined)?.['amazon-bedrock-trace'];
  if (trace !== undefined && trace !== null) metadata.trace = trace;
  if (Object.keys(metadata).length > 0) accumulator.push({ type: 'provider-metadata', metadata });
  if (hasGuardrailIntervened(chunk)) accumulator.push({ type: 'finish', finishReason: 'content-filter' });
}
