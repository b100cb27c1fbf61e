/** The platform settings of one call (API.md "Second round"), checked and normalised once by `readPlatformOptions`. */
export interface PlatformOptions {
  guardrail?: GuardrailSetting;
  serviceTier?: 'priority' | 'default' | 'flex' | 'reserved';
  latency?: 'standard' | 'optimized';
  requestMetadata?: Record<string, string>;
  additionalModelResponseFieldPaths?: string[];
  promptVariables?: Record<string, string>;
}

/** `providerOptions.guardrail`: the guardrail that assesses the call's input and output. */
export interface GuardrailSetting {
  /** Guardrail ID or ARN (service model `GuardrailIdentifier`). */
  id: string;
  /** A version number or `DRAFT`. */
  version: string;
  /** Whether the answer carries the guardrail's trace (`providerMetadata.bedrock.trace`). @default 'disabled' (the service's) */
  trace?: 'enabled' | 'disabled' | 'enabled_full';
  /** Streaming calls only: assess the stream before (`sync`) or while (`async`) it reaches the caller. */
  streamProcessingMode?: 'sync' | 'async';
}
