import type { Citation } from './citation';
import type { Part } from './message';
import type { BedrockProviderMetadata } from './provider-metadata';
import type { FinishReason, Usage } from './usage';

/** A decoded non-streaming model answer. */
export interface ModelResponse {
  content: Part[];
  finishReason: FinishReason;
  usage: Usage;
  citations?: Citation[];
  /** Platform facts the body carries (native guardrail trace, matched stop sequence). */
  providerMetadata?: BedrockProviderMetadata;
}
