import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4GenerateResult, LanguageModelV4StreamResult } from '@ai-sdk/provider';
import { generateText, streamText, type BedrockClient } from '@bedrock-kit/bedrock';
import { prepareRequest } from './request/prepare-request';
import { convertContent } from './response/convert-content';
import { convertUsage } from './response/convert-usage';
import { createProviderMetadata } from './response/create-provider-metadata';
import { mapBedrockError } from './response/map-bedrock-error';
import { mapFinishReason } from './response/map-finish-reason';
import { convertStream } from './stream/convert-stream';

/** The `provider` string of every model this package creates. */
export const providerName = 'bedrock-kit';

/**
 * A `LanguageModelV4` over one bedrock-kit client: `doGenerate` is one
 * `generateText(client, …)` model call, `doStream` one `streamText(client, …)`. Routing, signing,
 * retries and the model families are bedrock-kit's.
 */
export function createLanguageModel(client: BedrockClient, modelId: string): LanguageModelV4 {
  return {
    specificationVersion: 'v4',
    provider: providerName,
    modelId,
    // Empty: the AI SDK downloads URL files and hands them over as bytes (Bedrock takes no URLs but S3).
    supportedUrls: {},

    async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
      const { request, warnings, documents, jsonToolName } = prepareRequest(modelId, options);
      let result;
      try {
        result = await generateText(client, request);
      } catch (error) {
        throw mapBedrockError(error, modelId);
      }
      const { content, structuredOutputText } = convertContent(result, documents, jsonToolName);
      return {
        content,
        ...(structuredOutputText !== undefined ? { structuredOutputText } : {}),
        finishReason: mapFinishReason(result.finishReason, structuredOutputText !== undefined),
        usage: convertUsage(result.usage),
        providerMetadata: createProviderMetadata(result),
        response: {
          modelId,
          ...(result.requestId !== undefined ? { id: result.requestId, headers: { 'x-amzn-requestid': result.requestId } } : {}),
        },
        warnings: [...warnings, ...result.warnings.map((message) => ({ type: 'other' as const, message }))],
      };
    },

    async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
      const { request, warnings, documents, jsonToolName } = prepareRequest(modelId, options);
      const stream = streamText(client, request);
      return { stream: convertStream(stream, { modelId, warnings, documents, ...(jsonToolName ? { jsonToolName } : {}) }) };
    },
  };
}
