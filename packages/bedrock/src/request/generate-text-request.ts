import type { FamilyProviderOptions, Message, Schema, Tool, ToolChoice } from '@bedrock-kit/core';

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
  /** A family's own keys (e.g. `anthropicPromptCache`): the family declares them in `ModelFamily.providerOptionKeys`. */
  [key: string]: unknown;
}

/** The request of `generateText` and `streamText`. */
export interface GenerateTextRequest {
  /** Model ID, optionally prefixed `bedrock:`; inference-profile IDs and ARNs work. */
  model: string;
  prompt?: string;
  messages?: Message[];
  system?: string;
  tools?: Record<string, Tool>;
  toolChoice?: ToolChoice;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
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
}
