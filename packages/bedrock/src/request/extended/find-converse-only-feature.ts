import { isS3Data, type ModelCapabilities, type ModelRequest, type NativeRouting, type Part } from '@bedrock-kit/core';

/**
 * The first thing in a request that only Converse carries, named for an error message, or
 * `undefined`: guarded text (`guardContent`), image or document data in S3 (`s3Location`; a
 * native body takes S3 for video only, where its family says so), structured output unless the
 * model's row says the native codec carries it (`nativeStructuredOutput`, Claude 4.5+), and
 * mid-conversation system messages, cache points in `system` parts and tool-result `content`
 * parts unless the family's native codec says it carries them (`NativeRouting`): nothing is dropped.
 */
export function findConverseOnlyFeature(request: ModelRequest, native: NativeRouting | undefined, capabilities?: ModelCapabilities): string | undefined {
  if (request.responseFormat && isConverseOnlyFormat(capabilities)) return 'structured output (outputConfig.textFormat)';
  if (request.systemMessages?.length && !native?.systemMessages) return 'a mid-conversation system message';
  if (request.systemParts?.some((part) => part.type === 'text' && part.guard !== undefined)) return 'a guarded system text (guardContent)';
  if (request.systemParts?.some((part) => part.type === 'cache-point') && !native?.systemParts) return 'a cache point in system';
  for (const message of request.messages) {
    if (typeof message.content === 'string') continue;
    for (const part of message.content) {
      if (part.type === 'tool-result' && part.content?.length && !native?.toolResultContent) return 'tool-result content parts';
      const found = findInPart(part) ?? (part.type === 'tool-result' ? part.content?.map(findInPart).find(Boolean) : undefined);
      if (found) return found;
    }
  }
  return undefined;
}

function findInPart(part: Part): string | undefined {
  if (part.type === 'text' && part.guard !== undefined) return 'a guarded text part (guardContent)';
  if ((part.type === 'image' || part.type === 'document') && isS3Data(part.data)) return `${part.type} data in S3 (s3Location)`;
  return undefined;
}

/**
 * Structured output is Converse-only unless the row says the native codec carries it. A known model
 * without structured output has it on no route: not Converse-only, so the row check names the model.
 */
function isConverseOnlyFormat(capabilities: ModelCapabilities | undefined): boolean {
  if (!capabilities) return true;
  return capabilities.structuredOutput === true && capabilities.nativeStructuredOutput !== true;
}
