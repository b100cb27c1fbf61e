export { createBedrock } from './create-bedrock';
export type { Bedrock } from './create-bedrock';
export { createBedrockClient } from './client/create-bedrock-client';
export type { BedrockClient } from './client/bedrock-client';
export { generateText } from './calls/generate-text';
export { streamText } from './calls/stream-text';
export { generateObject } from './calls/generate-object';
export { embed } from './calls/embed';
export { embedMany } from './calls/embed-many';
export type { EmbedRequest, EmbedManyRequest, EmbedResult, EmbedManyResult, EmbeddingUsage } from './request/embed-request';
export { countTokens } from './calls/count-tokens';
export type { CountTokensResult } from './calls/count-tokens';
export { applyGuardrail } from './calls/apply-guardrail';
export type { ApplyGuardrailRequest, ApplyGuardrailResult } from './calls/apply-guardrail';
export type { GuardrailSetting } from './request/platform/platform-options';
export { streamObject } from './calls/stream-object';
export type { ObjectStream, DeepPartial } from './calls/stream-object';
export type { BedrockOptions, CredentialsProvider, TimeoutOptions } from './client/bedrock-options';
export type { TelemetryOptions, TelemetryTracer, TelemetrySpan, TelemetryAttributeValue } from './client/telemetry-options';
export type { GenerateTextRequest, GenerateObjectRequest, ProviderOptions } from './request/generate-text-request';
export type { TextStream } from './calls/create-text-stream';
export type { GenerateObjectResult } from './calls/generate-object';
export { putKey, createBedrockApiKey } from '@bedrock-kit/aws-auth';
export type { CreateBedrockApiKeyOptions } from '@bedrock-kit/aws-auth';
export {
  BedrockError,
  ConfigError,
  InputError,
  SignatureExpiredError,
  AuthError,
  ThrottlingError,
  ValidationError,
  ServiceError,
  StreamError,
  TimeoutError,
  ObjectValidationError,
  AbortError,
  jsonSchema,
  tool,
} from '@bedrock-kit/core';
export type {
  Message,
  Part,
  TextPart,
  ImagePart,
  DocumentPart,
  ToolCallPart,
  ToolResultPart,
  ReasoningPart,
  VideoPart,
  CachePointPart,
  ToolResultContentPart,
  S3Data,
  MediaData,
  SystemPart,
  SystemContent,
  SystemMessage,
  RequestMessage,
  ReasoningSetting,
  ReasoningEffort,
  Tool,
  ToolChoice,
  ToolExecutionContext,
  Schema,
  JSONSchema,
  JsonSchemaWrapper,
  ValidationResult,
  StreamEvent,
  GenerateTextResult,
  StepResult,
  ToolCall,
  ToolResult,
  Usage,
  FinishReason,
  Citation,
  ModelFamily,
  ProviderMetadata,
  BedrockProviderMetadata,
} from '@bedrock-kit/core';
