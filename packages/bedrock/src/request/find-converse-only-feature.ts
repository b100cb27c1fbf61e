import { isS3Data, type ModelRequest, type NativeRouting, type Part } from '@bedrock-kit/core';

/**
 * The first thing in a request that only Converse carries, named for an error message, or
 * `undefined`: guarded text (`guardContent`), image or document data in S3 (`s3Location`; a
 * native body takes S3 for video only, where its family says so), structured output, and
 * and mid-conversation system messages, cache points in `system` parts and tool-result `content`
 * parts unless the family's native codec says it carries them (`NativeRouting`): nothing is dropped.
 */
export function findConverseOnlyFeature(request: ModelRequest, native: NativeRouting | undefined): string | undefined {
  if (request.responseFormat) return 'structured output (outputConfig.textFormat)';
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
