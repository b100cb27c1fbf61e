/** A guardrail a model call names (Converse `guardrailConfig` or the InvokeModel headers), normalised. */
export interface GuardrailRequest {
  id: string;
  version: string;
  /** Converse spelling (`X-Amzn-Bedrock-Trace` values lower-cased). */
  trace: 'enabled' | 'disabled' | 'enabled_full';
  /** ConverseStream `sync`/`async`; InvokeModelWithResponseStream `SYNCHRONOUS`/`ASYNCHRONOUS`. */
  streamProcessingMode?: string;
}

/** The guardrail of a Converse body (validated before), if any. */
export function guardrailOfConverse(body: Record<string, any>): GuardrailRequest | undefined {
  const config = body.guardrailConfig;
  if (!config) return undefined;
  return {
    id: String(config.guardrailIdentifier),
    version: String(config.guardrailVersion),
    trace: config.trace ?? 'disabled',
    ...(config.streamProcessingMode !== undefined ? { streamProcessingMode: String(config.streamProcessingMode) } : {}),
  };
}

/** The guardrail of InvokeModel headers (validated before), if any. */
export function guardrailOfHeaders(headers: Record<string, string>, streamProcessingMode?: string): GuardrailRequest | undefined {
  const id = headers['x-amzn-bedrock-guardrailidentifier'];
  if (id === undefined || id === '') return undefined;
  const trace = (headers['x-amzn-bedrock-trace'] ?? 'DISABLED').toLowerCase() as GuardrailRequest['trace'];
  return {
    id,
    version: headers['x-amzn-bedrock-guardrailversion'] ?? '',
    trace,
    ...(streamProcessingMode !== undefined ? { streamProcessingMode } : {}),
  };
}
