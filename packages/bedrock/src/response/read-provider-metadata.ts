import type { BedrockProviderMetadata } from '@bedrock-kit/core';

/**
 * The platform facts of one answer: what the codec read from the body (Converse trace, metrics,
 * tier, latency, additional fields; a family's own), the native body's guardrail trace
 * (`amazon-bedrock-trace`, whatever the family) and the InvokeModel response headers that carry
 * the tier and latency that served the call. `undefined` when there are none.
 */
export function readProviderMetadata(
  fromCodec: BedrockProviderMetadata | undefined,
  nativeBody: unknown,
  headers: Headers | undefined,
): BedrockProviderMetadata | undefined {
  const metadata: BedrockProviderMetadata = { ...readInvokeHeaders(headers), ...fromCodec };
  const trace = (nativeBody as Record<string, unknown> | null | undefined)?.['amazon-bedrock-trace'];
  if (trace !== undefined && trace !== null && metadata.trace === undefined) metadata.trace = trace;
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

/** InvokeModel(WithResponseStream) response headers `X-Amzn-Bedrock-Service-Tier` and `-PerformanceConfig-Latency` (service model). */
export function readInvokeHeaders(headers: Headers | undefined): BedrockProviderMetadata {
  const metadata: BedrockProviderMetadata = {};
  const serviceTier = headers?.get('x-amzn-bedrock-service-tier');
  const latency = headers?.get('x-amzn-bedrock-performanceconfig-latency');
  if (serviceTier) metadata.serviceTier = serviceTier;
  if (latency) metadata.latency = latency;
  return metadata;
}
