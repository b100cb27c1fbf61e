/** A citation of a request document, in the Converse `CitationsContentBlock` terms. */
export interface ReplyCitation {
  /** The cited span. */
  citedText: string;
  /** Index of the cited document among the request's document blocks. @default 0 */
  documentIndex?: number;
  /** Document name (Converse `title`). */
  title?: string;
  /** Character offsets in the document. */
  start?: number;
  end?: number;
}

/** One block of a model answer, rendered in each route's and family's own shape. */
export type ReplyBlock =
  | { type: 'text'; text: string; citations?: ReplyCitation[] }
  | { type: 'tool-use'; name: string; input: unknown; id?: string }
  | { type: 'reasoning'; text: string; signature?: string }
  | { type: 'redacted-reasoning'; data: string };

/** Converse stop reasons (mapped to each family's native vocabulary). */
export type ReplyStopReason =
  | 'end_turn'
  | 'tool_use'
  | 'max_tokens'
  | 'stop_sequence'
  | 'guardrail_intervened'
  | 'content_filtered';

/** Token usage of a reply; anything omitted is computed from the texts. */
export interface ReplyUsage {
  inputTokens?: number;
  outputTokens?: number;
  cacheReadInputTokens?: number;
  cacheWriteInputTokens?: number;
}

/** Custom answer content for a scripted request (any route, any family). */
export interface ReplyScript {
  /** Shorthand for `content: [{ type: 'text', text }]`. */
  text?: string;
  /** The answer blocks, in order. */
  content?: ReplyBlock[];
  /** @default 'tool_use' when the content has a tool use, else 'end_turn' */
  stopReason?: ReplyStopReason;
  usage?: ReplyUsage;
  /** `metrics.latencyMs` / invocation latency. @default 42 */
  latencyMs?: number;
  /** The service tier reported (Converse `serviceTier.type`, InvokeModel `X-Amzn-Bedrock-Service-Tier`). @default the requested one */
  serviceTier?: string;
  /** The latency mode reported (`performanceConfig.latency` / `X-Amzn-Bedrock-PerformanceConfig-Latency`). @default the requested one */
  latency?: string;
  /** The stop sequence that ended the answer (native `stop_sequence`, `additionalModelResponseFields`). */
  stopSequence?: string;
}

/** A fully resolved answer. */
export interface Reply {
  content: ReplyBlock[];
  stopReason: ReplyStopReason;
  usage: Required<Pick<ReplyUsage, 'inputTokens' | 'outputTokens'>> & Pick<ReplyUsage, 'cacheReadInputTokens' | 'cacheWriteInputTokens'>;
  latencyMs: number;
  /** The stop sequence that ended the text, when one did. */
  stopSequence?: string;
}
