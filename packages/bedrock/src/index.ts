export { createBedrock } from './create-bedrock';
export type { Bedrock } from './create-bedrock';
export { createBedrockClient } from './client/create-bedrock-client';
export type { BedrockClient } from './client/bedrock-client';
export { generateText } from './calls/generate-text';
export { streamText } from './calls/stream-text';
export { generateObject } from './calls/generate-object';
export { streamObject } from './calls/stream-object';
export type { ObjectStream, DeepPartial } from './calls/stream-object';
export type { BedrockOptions, CredentialsProvider, TimeoutOptions } from './client/bedrock-options';
export type { GenerateTextRequest, GenerateObjectRequest, ProviderOptions } from './request/generate-text-request';
export type { TextStream } from './calls/create-text-stream';
export type { GenerateObjectResult } from './calls/generate-object';
export { putKey } from '@bedrock-kit/aws-auth';
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
  StreamEvent,
  GenerateTextResult,
  StepResult,
  ToolCall,
  ToolResult,
  Usage,
  FinishReason,
  Citation,
  ModelFamily,
} from '@bedrock-kit/core';
