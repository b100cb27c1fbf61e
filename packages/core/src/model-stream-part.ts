import type { Citation } from './citation';
import type { BedrockProviderMetadata } from './provider-metadata';
import type { FinishReason, Usage } from './usage';

/**
 * What a family's stream parser (and the facade's ConverseStream mapping)
 * emits for each chunk. `accumulateStreamParts` turns these into public
 * `StreamEvent`s and the final result, the same way for every family.
 */
export type ModelStreamPart =
  | { type: 'text-delta'; text: string }
  | { type: 'reasoning-delta'; text: string }
  /** Signature of the reasoning block being streamed. */
  | { type: 'reasoning-signature'; signature: string }
  /** A redacted reasoning block (opaque base64 data). */
  | { type: 'reasoning-redacted'; data: string }
  /** Closes the current text / reasoning block, so the next delta starts a new part. */
  | { type: 'block-end' }
  | { type: 'tool-call-start'; id: string; name: string }
  /** Partial JSON of the input of the tool call `id` (the latest started when `id` is omitted). */
  | { type: 'tool-call-delta'; id?: string; inputDelta: string }
  /** A complete tool call delivered at once. */
  | { type: 'tool-call'; id: string; name: string; input: unknown }
  | { type: 'citation'; citation: Citation }
  /** Token counts; fields present override earlier ones. */
  | { type: 'usage'; usage: Partial<Usage> }
  | { type: 'finish'; finishReason: FinishReason }
  /** Platform facts (guardrail trace, service tier, latency …); fields present override earlier ones. */
  | { type: 'provider-metadata'; metadata: BedrockProviderMetadata };
