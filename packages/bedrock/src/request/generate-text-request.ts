import type { FamilyProviderOptions, ModelRequest, ReasoningSetting, RequestMessage, Schema, SystemContent, Tool, ToolChoice } from '@bedrock-kit/core';
import type { GuardrailSetting } from './platform/platform-options';

/** Per-call options (API.md "providerOptions keys"). */
export interface ProviderOptions extends FamilyProviderOptions {
  /** Bedrock API key. Env: AWS_BEARER_TOKEN_BEDROCK */
  apiKey?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  /** `true` forces Converse; `false` forces the family's native InvokeModel. */
  useConverse?: boolean;
  /** Passed through verbatim, e.g. `{ thinking: { type: 'enabled', budget_tokens: 2048 } }`. */
  additionalModelRequestFields?: Record<string, unknown>;
  /** `generateText` / `generateObject` stream under the hood for long answers (maxTokens plus reasoning budget over 10,000) or always. @default 'auto' */
  streamUnderTheHood?: 'auto' | 'always' | 'never';
  /** A guardrail that assesses input and output (Converse `guardrailConfig`; InvokeModel `X-Amzn-Bedrock-Guardrail*` headers). */
  guardrail?: GuardrailSetting;
  /** The service tier (Converse `serviceTier.type`; header `X-Amzn-Bedrock-Service-Tier`). */
  serviceTier?: 'priority' | 'default' | 'flex' | 'reserved';
  /** `'optimized'`: the latency-optimized model where one exists (Converse `performanceConfig`; header `X-Amzn-Bedrock-PerformanceConfig-Latency`). */
  latency?: 'standard' | 'optimized';
  /** 1–16 tags for the invocation logs (Converse `requestMetadata`; header `X-Amzn-Bedrock-Request-Metadata`). */
  requestMetadata?: Record<string, string>;
  /** JSON pointers of model-specific fields to return (Converse only), e.g. `['/stop_sequence']`. */
  additionalModelResponseFieldPaths?: string[];
  /** Prompt caching on a family whose model has it (Claude, Nova): cache points on the prompt's stable prefix. */
  promptCache?: boolean | { ttl?: '5m' | '1h' };
  /** The foundation-model ID behind an application inference profile, provisioned or custom model ARN. */
  baseModel?: string;
  /** The values of a prompt-management prompt's variables, with its ARN as `model` (Converse `promptVariables`). */
  promptVariables?: Record<string, string>;
}

/** The request of `generateText` and `streamText`. */
export interface GenerateTextRequest {
  /** Model ID, optionally prefixed `bedrock:`; inference-profile IDs and ARNs work. */
  model: string;
  prompt?: string;
  /** The conversation; a `{ role: 'system' }` message is a mid-conversation instruction (Converse only). */
  messages?: RequestMessage[];
  /** A string, or text and `cache-point` parts. */
  system?: SystemContent;
  tools?: Record<string, Tool>;
  toolChoice?: ToolChoice;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  /**
   * Reasoning (extended thinking): a level, `'none'`, or `{ budgetTokens }`; checked against the
   * model's row and mapped by its family (Claude `thinking`, gpt-oss `reasoning_effort`, Nova `reasoningConfig` …).
   */
  reasoning?: ReasoningSetting;
  abortSignal?: AbortSignal;
  /** With `execute` tools, run the tool loop up to this many model calls. @default 1 */
  maxSteps?: number;
  providerOptions?: ProviderOptions;
}

/** The request of `generateObject`. */
export interface GenerateObjectRequest<T> extends Omit<GenerateTextRequest, 'tools' | 'toolChoice' | 'maxSteps'> {
  /** zod schema or `jsonSchema(...)`. */
  schema: Schema<T>;
  /** Name of the forced tool that carries the object. @default 'json' */
  schemaName?: string;
  schemaDescription?: string;
  /**
   * How the object is asked for: `'json'` sends the schema as `outputConfig.textFormat` and parses the
   * answer text; `'tool'` forces one tool whose input is the object; `'auto'` picks `'json'` where the
   * model's row has structured output or `reasoning` is set, else `'tool'`. @default 'auto'
   */
  mode?: 'auto' | 'json' | 'tool';
}

/**
 * A text request with structured output (`ModelRequest.responseFormat`): what `generateObject` and
 * `streamObject` send in `mode: 'json'`. Not public: a text call asks for JSON through them.
 */
export interface ObjectTextRequest extends GenerateTextRequest {
  responseFormat?: ModelRequest['responseFormat'];
}
