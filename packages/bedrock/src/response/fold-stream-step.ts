import { omitUndefined, type ModelStreamPart, type StreamAccumulator, type StreamEvent } from '@bedrock-kit/core';
import type { RouteRequest } from '../request/prepare-route-request';
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
