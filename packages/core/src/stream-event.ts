import type { Citation } from './citation';
import type { ProviderMetadata } from './provider-metadata';
import type { FinishReason, Usage } from './usage';

/** What `streamText` yields, in order. */
export type StreamEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta'; text: string }
  | { type: 'tool-call-delta'; id: string; name: string; inputDelta: string }
  | { type: 'tool-call'; id: string; name: string; input: unknown }
  | { type: 'citation'; citation: Citation }
  /** `providerMetadata`: Bedrock's platform facts (guardrail trace, tier, latency …) when the answer carried any. */
  | { type: 'finish'; finishReason: FinishReason; usage: Usage; providerMetadata?: ProviderMetadata };
