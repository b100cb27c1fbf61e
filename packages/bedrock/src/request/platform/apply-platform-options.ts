import type { ModelRequest } from '@bedrock-kit/core';
import type { Route } from '../choose-route';
import { throwInputError } from '../throw-input-error';
import type { PlatformOptions } from './platform-options';

/**
 * Puts the call's platform settings on the wire (API.md "Second round", service model
 * `ConverseRequest` / `InvokeModelRequest`): Converse body fields, or the InvokeModel headers
 * and, on InvokeModelWithResponseStream, the body field `amazon-bedrock-guardrailConfig`.
 * Returns the headers to send; changes `body` in place. A setting the route cannot carry is an
 * `InputError`. `stopSequenceField`: ask Converse for the matched stop sequence (Claude reports it
 * only as an additional response field).
 */
export function applyPlatformOptions(
  body: Record<string, unknown>,
  { guardrail, serviceTier, latency, requestMetadata, additionalModelResponseFieldPaths: paths, promptVariables }: PlatformOptions,
  route: Route,
  { stream, stopSequences }: ModelRequest,
  stopSequenceField: boolean,
): Record<string, string> | undefined {
  // streamProcessingMode describes streaming only: ConverseStream and InvokeModelWithResponseStream have it.
  const mode = stream ? guardrail?.streamProcessingMode : undefined;
  if (route === 'converse') {
    if (stopSequenceField && stopSequences && !paths?.includes('/stop_sequence')) paths = [...(paths ?? []), '/stop_sequence'];
    const fields: Record<string, unknown> = {
      guardrailConfig: guardrail && { guardrailIdentifier: guardrail.id, guardrailVersion: guardrail.version, trace: guardrail.trace, streamProcessingMode: mode },
      serviceTier: serviceTier && { type: serviceTier },
      performanceConfig: latency && { latency },
      requestMetadata,
      additionalModelResponseFieldPaths: paths,
      promptVariables: promptVariables && Object.fromEntries(Object.entries(promptVariables).map(([name, text]) => [name, { text }])),
    };
    // JSON.stringify leaves the undefined members out.
    for (const key in fields) if (fields[key] !== undefined) body[key] = fields[key];
    return undefined;
  }
  // InvokeModel has no field for these (service model InvokeModelRequest): refusing beats dropping them.
  const converseOnly = paths ? 'additionalModelResponseFieldPaths' : promptVariables ? 'promptVariables' : undefined;
  if (converseOnly) throwInputError(`providerOptions.${converseOnly} is a Converse field; InvokeModel has none: drop it or set useConverse: true.`);
  if (mode) body['amazon-bedrock-guardrailConfig'] = { streamProcessingMode: mode === 'sync' ? 'SYNCHRONOUS' : 'ASYNCHRONOUS' };
  const headers: Record<string, string | undefined> = {
    'x-amzn-bedrock-guardrailidentifier': guardrail?.id,
    'x-amzn-bedrock-guardrailversion': guardrail?.version,
    'x-amzn-bedrock-trace': guardrail?.trace?.toUpperCase(),
    'x-amzn-bedrock-service-tier': serviceTier,
    'x-amzn-bedrock-performanceconfig-latency': latency,
    'x-amzn-bedrock-request-metadata': requestMetadata && JSON.stringify(requestMetadata),
  };
  for (const name in headers) if (headers[name] === undefined) delete headers[name];
  return headers as Record<string, string>;
}
