import type { Citation } from './citation';
import type { ConverseRequestBody } from './converse-types';
import type { EmbeddingCodec } from './embedding-codec';
import type { ModelCapabilities, ModelInfo } from './model-capabilities';
import type { ParsedModelId } from './model-id';
import type { ModelRequest } from './model-request';
import type { ModelResponse } from './model-response';
import type { ModelStreamPart } from './model-stream-part';

/** The native InvokeModel request body a family built, plus notes for the caller. */
export interface NativeRequest {
  body: unknown;
  warnings?: string[];
}

/** Turns one decoded native stream chunk into parts. Stateful: one per stream. */
export interface NativeStreamParser {
  /** `chunk` is the JSON the model sent (the decoded `bytes` of one `chunk` event). */
  parse(chunk: unknown): ModelStreamPart[];
  /** Called once at the end of the stream (flush split markers, buffered text). */
  flush?(): ModelStreamPart[];
}

/** Context for decoding a native response. */
export interface NativeResponseContext {
  /** Response headers (e.g. `X-Amzn-Bedrock-Input-Token-Count`). */
  headers: Headers;
  /** The request that was sent (e.g. for stop sequences a native body can't carry). */
  request?: ModelRequest;
}

/**
 * What the facade must know of a family's native InvokeModel codec to choose
 * a route, before any of its code is loaded.
 */
export interface NativeRouting {
  /**
   * Whether the native body can carry this request. When it returns false and
   * the caller did not force a route, the facade uses Converse instead (e.g.
   * images for a model whose native body has no image field).
   * @default every request is accepted
   */
  accepts?(request: ModelRequest, model: ModelInfo): boolean;
  /**
   * The native body carries mid-conversation system messages (`ModelRequest.systemMessages`).
   * Without it the facade refuses them on this route before sending.
   */
  readonly systemMessages?: boolean;
  /** The native body carries `system` given as parts with cache points (`ModelRequest.systemParts`); else the facade sends those over Converse. */
  readonly systemParts?: boolean;
  /** The native body carries tool results' `content` parts; else the facade sends those over Converse. */
  readonly toolResultContent?: boolean;
}

/** The code of a native codec: the body out, the answer in. Pure: no I/O. */
export interface NativeCodecFunctions {
  /** Builds the body; throws `InputError` for anything the native body can't carry. */
  prepareRequest(request: ModelRequest, model: ModelInfo): NativeRequest;
  parseResponse(body: unknown, context: NativeResponseContext): ModelResponse;
  createStreamParser(context: NativeResponseContext): NativeStreamParser;
}

/** A family's own InvokeModel body and response format, its code bundled with the family value. */
export interface NativeCodec extends NativeRouting, NativeCodecFunctions {}

/**
 * A native codec whose code is loaded by the first call that goes over
 * InvokeModel: `load: () => import('./my-native-codec')`, a module exporting
 * `nativeCodec`. Every bundler that splits code makes it a chunk of its own,
 * so a bundle whose calls go over Converse (any call with tools) never loads
 * it. `loadNativeCodec` loads it once and names a failed load.
 */
export interface LazyNativeCodec extends NativeRouting {
  load(): Promise<{ nativeCodec: NativeCodecFunctions }>;
}

/** Family quirks on the Converse route. */
export interface ConverseAdapter {
  /** Adjusts the Converse body the facade built (cache points, reasoning fields …). Returns the body to send. */
  prepareRequest?(body: ConverseRequestBody, request: ModelRequest, model: ModelInfo): ConverseRequestBody;
  /**
   * Code `prepareRequest` needs for this request that the family loads on use (its reasoning or cache-point
   * rules, say): a promise the facade waits for, within the call's deadline, before it builds the body;
   * `undefined` when there is nothing to load. Use `loadOnUse` so a failed load is a `ConfigError`.
   */
  load?(request: ModelRequest): Promise<unknown> | undefined;
  /** Extra citations a family reads from a Converse response's additional fields. */
  parseCitations?(responseBody: unknown): Citation[];
}

/** One `providerOptions` key a family reads (see `ModelFamily.providerOptionKeys`). */
export interface ProviderOptionKey {
  /**
   * The capability the key needs when it is set (not `undefined` or `false`):
   * the facade refuses it with an `InputError` before sending when the
   * model's row says no.
   */
  readonly requires?: keyof ModelCapabilities;
  /** How that error names the feature, e.g. `prompt caching`. @default the key */
  readonly feature?: string;
}

/**
 * One model family (Anthropic, Cohere, …). A family is a pure translator:
 * no fetch, no auth, no environment. Add a family by publishing one package
 * that exports a `ModelFamily`; nothing else changes.
 */
export interface ModelFamily {
  /** The facade rejects versions it does not know with a `ConfigError`. */
  readonly specificationVersion: 'v1';
  /**
   * Short name, e.g. `anthropic`. A family that serves text models (`native` or `converse`) is named
   * after its package, `@bedrock-kit/<name>`: the docs read its model table from
   * `@bedrock-kit/<name>/models` (`listModels()`, rows of `ModelListing`). Embedding-only values
   * (`cohereEmbed` is `cohere-embed`) have no text models and no such subpath.
   */
  readonly name: string;
  /** How error messages name the family's models, e.g. `Llama` ("this Llama model has no tool calling"). @default name */
  readonly displayName?: string;
  /** Returns the model's info when this family serves the ID, else `undefined`. */
  resolveModel(id: ParsedModelId): ModelInfo | undefined;
  /** Present when the family has a native InvokeModel codec: bundled with the value, or loaded on use (`load`). */
  readonly native?: NativeCodec | LazyNativeCodec;
  readonly converse?: ConverseAdapter;
  /**
   * The route used when the request does not force one and has no tools.
   * `'converse'` for families whose features work best there (Cohere citations).
   * @default 'native' when `native` is present, else 'converse'
   */
  readonly defaultRoute?: 'native' | 'converse';
  /** Present when the family has embedding models (`embed` / `embedMany`). */
  readonly embedding?: EmbeddingCodec;
  /**
   * The `providerOptions` keys this family reads (e.g. `anthropicPromptCache`),
   * with the capability each needs. The facade knows a family's keys only
   * from here.
   */
  readonly providerOptionKeys?: Readonly<Record<string, ProviderOptionKey>>;
}
