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
  platform: PlatformOptions,
  route: Route,
  request: ModelRequest,
  stopSequenceField: boolean,
): Record<string, string> | undefined {
  const { guardrail, serviceTier, latency, requestMetadata, promptVariables } = platform;
  let paths = platform.additionalModelResponseFieldPaths;
  if (route === 'converse') {
    if (stopSequenceField && request.stopSequences && !paths?.includes('/stop_sequence')) paths = [...(paths ?? []), '/stop_sequence'];
    if (guardrail) {
      const { id, version, trace, streamProcessingMode } = guardrail;
      // streamProcessingMode describes streaming only: ConverseStream has it, Converse does not.
      body.guardrailConfig = { guardrailIdentifier: id, guardrailVersion: version, ...(trace && { trace }), ...(request.stream && streamProcessingMode && { streamProcessingMode }) };
    }
    if (serviceTier) body.serviceTier = { type: serviceTier };
    if (latency) body.performanceConfig = { latency };
    if (requestMetadata) body.requestMetadata = requestMetadata;
    if (paths) body.additionalModelResponseFieldPaths = paths;
    if (promptVariables) body.promptVariables = Object.fromEntries(Object.entries(promptVariables).map(([name, text]) => [name, { text }]));
    return undefined;
  }
  // InvokeModel has no field for these (service model InvokeModelRequest): refusing beats dropping them.
  if (paths) throwInputError('providerOptions.additionalModelResponseFieldPaths is a Converse field; InvokeModel has none: drop it or set useConverse: true.');
  if (promptVariables) throwInputError('providerOptions.promptVariables fills a prompt-management ARN through Converse; InvokeModel has no such field.');
  const headers: Record<string, string> = {};
  if (guardrail) {
    headers['x-amzn-bedrock-guardrailidentifier'] = guardrail.id;
    headers['x-amzn-bedrock-guardrailversion'] = guardrail.version;
    if (guardrail.trace) headers['x-amzn-bedrock-trace'] = guardrail.trace.toUpperCase();
    if (request.stream && guardrail.streamProcessingMode) {
      body['amazon-bedrock-guardrailConfig'] = { streamProcessingMode: guardrail.streamProcessingMode === 'sync' ? 'SYNCHRONOUS' : 'ASYNCHRONOUS' };
    }
  }
  if (serviceTier) headers['x-amzn-bedrock-service-tier'] = serviceTier;
  if (latency) headers['x-amzn-bedrock-performanceconfig-latency'] = latency;
  if (requestMetadata) headers['x-amzn-bedrock-request-metadata'] = JSON.stringify(requestMetadata);
  return headers;
}
