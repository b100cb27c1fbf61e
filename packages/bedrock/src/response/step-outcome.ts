import type { BedrockProviderMetadata, Citation, FinishReason, Part, ToolCall, Usage } from '@bedrock-kit/core';
import type { Route } from '../request/choose-route';

/** What one model call produced, before the tool loop looks at it. */
export interface StepOutcome {
  content: Part[];
  text: string;
  toolCalls: ToolCall[];
  citations: Citation[];
  finishReason: FinishReason;
  usage: Usage;
  api: Route;
  requestId?: string;
  warnings: string[];
  /** Platform facts of this call (trace, tier, latency …), when the wire gave any. */
  providerMetadata?: BedrockProviderMetadata;
}
