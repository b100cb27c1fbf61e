import type { BedrockProviderMetadata } from '@bedrock-kit/core';
import { isRecord } from './is-record';

/** The members of a ConverseResponse, `MessageStopEvent` or `ConverseStreamMetadataEvent` read here (service model). */
interface ConverseMetadataFields {
  trace?: unknown;
  metrics?: { latencyMs?: unknown };
  serviceTier?: { type?: unknown };
  performanceConfig?: { latency?: unknown };
  additionalModelResponseFields?: unknown;
}

/**
 * The platform facts of a Converse answer or stream event: the guardrail `trace` as received,
 * `metrics.latencyMs`, the `serviceTier.type` and `performanceConfig.latency` that served the
 * call, and `additionalModelResponseFields` (with the matched `stop_sequence` where the model
 * reports one there, as Claude does when asked for `/stop_sequence`).
 */
export function readConverseMetadata(payload: unknown): BedrockProviderMetadata {
  const { trace, metrics, serviceTier, performanceConfig, additionalModelResponseFields: fields } = payload as ConverseMetadataFields;
  const metadata: BedrockProviderMetadata = {};
  if (trace !== undefined && trace !== null) metadata.trace = trace;
  if (typeof metrics?.latencyMs === 'number') metadata.latencyMs = metrics.latencyMs;
  if (typeof serviceTier?.type === 'string') metadata.serviceTier = serviceTier.type;
  if (typeof performanceConfig?.latency === 'string') metadata.latency = performanceConfig.latency;
  if (isRecord(fields)) {
    metadata.additionalModelResponseFields = fields;
    if (typeof fields.stop_sequence === 'string') metadata.stopSequence = fields.stop_sequence;
  }
  return metadata;
}
