import { hasGuardrailIntervened, omitUndefined } from '@bedrock-kit/core';
import type { RouteRequest } from '../request/prepare-route-request';
import { readProviderMetadata } from './read-provider-metadata';
import type { StepOutcome } from './step-outcome';

/** Decodes the JSON body of a non-streaming answer with the route's codec. */
export function readStepOutcome(json: unknown, headers: Headers, request: RouteRequest, requestId: string | undefined): StepOutcome {
  const { content, citations = [], finishReason, usage, warnings = [], providerMetadata } = request.codec.parseResponse(json, { headers, request: request.request });
  return omitUndefined({
    content,
    text: content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(''),
    toolCalls: content.flatMap((part) => (part.type === 'tool-call' ? [{ id: part.id, name: part.name, input: part.input }] : [])),
    citations,
    // Bedrock's own field, whatever the family's body: a guardrail intervention is content-filter.
    finishReason: request.route === 'invoke' && hasGuardrailIntervened(json) ? 'content-filter' : finishReason,
    usage,
    api: request.route,
    warnings: [...request.warnings, ...warnings],
    requestId,
    providerMetadata: readProviderMetadata(providerMetadata, request.route === 'invoke' ? json : undefined, headers),
  });
}
