/** Bedrock platform facts about one answer (API.md "Results"), as `providerMetadata.bedrock`. */
export interface BedrockProviderMetadata {
  /** The guardrail trace as the service sent it (Converse `trace`, native `amazon-bedrock-trace`). */
  trace?: unknown;
  /** Converse `metrics.latencyMs`. */
  latencyMs?: number;
  /** The service tier that served the call, e.g. `'priority'`. */
  serviceTier?: string;
  /** The latency profile that served the call, e.g. `'optimized'`. */
  latency?: string;
  /** Converse `additionalModelResponseFields`, as received. */
  additionalModelResponseFields?: Record<string, unknown>;
  /** The stop sequence that ended the answer, where the wire reports it. */
  stopSequence?: string;
}

/** `providerMetadata` of a result or `finish` event. */
export interface ProviderMetadata {
  bedrock: BedrockProviderMetadata;
}
