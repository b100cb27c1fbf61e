export type {
  DataContent,
  S3Data,
  MediaData,
  GuardQualifier,
  TextPart,
  ImagePart,
  DocumentPart,
  VideoPart,
  CachePointPart,
  ToolCallPart,
  ToolResultPart,
  ToolResultContentPart,
  ReasoningPart,
  Part,
  Message,
  SystemPart,
  SystemContent,
  SystemMessage,
  RequestMessage,
} from './message';
export type { Usage, FinishReason } from './usage';
export { createEmptyUsage } from './usage';
export type { Citation } from './citation';
export type { StreamEvent } from './stream-event';
export type { ToolCall, ToolResult, StepResult, GenerateTextResult } from './result';
export type { JSONSchema, JsonSchemaWrapper, ValidationResult } from './json-schema';
export { jsonSchema, isJsonSchemaWrapper } from './json-schema';
export type { StandardSchemaLike } from './standard-schema';
export { isStandardSchema } from './standard-schema';
export type { Schema, PreparedSchema } from './schema';
export { prepareSchema, createSchemaValidator } from './schema';
export { inlineJsonSchemaRefs } from './inline-json-schema-refs';
export type { Tool, ToolChoice, ToolExecutionContext, ModelTool } from './tool';
export { tool } from './tool';
export type { ModelRequest } from './model-request';
export type { ParsedModelId } from './model-id';
export { parseModelId, inferenceProfilePrefixes } from './model-id';
export type { ModelCapabilities, ModelInfo, ReasoningEffort, ReasoningSetting } from './model-capabilities';
export type { ModelListing } from './model-listing';
export type { EmbeddingCodec, EmbeddingInputType, EmbeddingModelInfo, EmbeddingRequest, EmbeddingResponse } from './embedding-codec';
export type { ModelTableEntry } from './resolve-model-from-table';
export { resolveModelFromTable } from './resolve-model-from-table';
export type { ModelStreamPart } from './model-stream-part';
export type { ModelResponse } from './model-response';
export type { BedrockProviderMetadata, ProviderMetadata } from './provider-metadata';
export type { ConverseContentBlock, ConverseMessage, ConverseRequestBody } from './converse-types';
export type { ModelFamily, NativeCodec, NativeCodecFunctions, NativeRouting, LazyNativeCodec, NativeRequest, NativeStreamParser, NativeResponseContext, ConverseAdapter, ProviderOptionKey } from './model-family';
export type { StreamAccumulator, AccumulatedStream } from './stream-accumulator';
export { createStreamAccumulator } from './stream-accumulator';
export { parseInvocationMetrics } from './invocation-metrics';
export { parseUsageHeaders } from './parse-usage-headers';
export { readTokenCounts } from './read-token-counts';
export { completeUsage } from './complete-usage';
export { completeNativeUsage } from './complete-native-usage';
export { convertUsageToParts } from './convert-usage-to-parts';
export type { StopReasonTable } from './map-stop-reason';
export { mapStopReason } from './map-stop-reason';
export { mapConverseStopReason } from './map-converse-stop-reason';
export { converseMediaFormats, mapConverseMediaFormat } from './map-converse-media-format';
export { convertContentToParts } from './convert-content-to-parts';
export { createNativeInputError } from './create-native-input-error';
export { enableDocumentCitations } from './enable-document-citations';
export { hasGuardrailIntervened } from './has-guardrail-intervened';
export { convertTextToParts, convertTextToDeltaParts } from './convert-text-to-parts';
export type { TagSegment, TagSplitter } from './create-tag-splitter';
export { createTagSplitter } from './create-tag-splitter';
export { retryableStatuses, throttlingErrorTypes, transientErrorTypes, isRetryableErrorType } from './retryable-errors';
export { convertBytesToBase64, convertBase64ToBytes, convertDataContentToBase64, isS3Data } from './data-content';
export { omitUndefined } from './omit-undefined';
export type { CodeOnUse } from './load-on-use';
export { loadOnUse, readLoaded } from './load-on-use';
export { loadNativeCodec } from './load-native-codec';
export type { BedrockErrorOptions } from './errors/bedrock-error';
export { BedrockError } from './errors/bedrock-error';
export { ConfigError } from './errors/config-error';
export { InputError } from './errors/input-error';
export { SignatureExpiredError } from './errors/signature-expired-error';
export { AuthError } from './errors/auth-error';
export { ThrottlingError } from './errors/throttling-error';
export { ValidationError } from './errors/validation-error';
export { ServiceError } from './errors/service-error';
export type { StreamErrorOptions } from './errors/stream-error';
export { StreamError } from './errors/stream-error';
export type { TimeoutErrorOptions } from './errors/timeout-error';
export { TimeoutError } from './errors/timeout-error';
export type { ObjectValidationErrorOptions } from './errors/object-validation-error';
export { ObjectValidationError } from './errors/object-validation-error';
export { AbortError } from './errors/abort-error';
export type { FamilyProviderOptions } from './family-provider-options';
