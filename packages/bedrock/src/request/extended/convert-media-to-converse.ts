import { converseMediaFormats, convertDataContentToBase64, InputError, isS3Data, mapConverseMediaFormat, omitUndefined, type ConverseContentBlock, type MediaData, type Part } from '@bedrock-kit/core';

/**
 * An image, document or video part as a Converse `ImageBlock` / `DocumentBlock` / `VideoBlock`:
 * the format Converse names for its media type (an `InputError` for one it can't carry), the bytes
 * as base64 or an S3 object as `s3Location`, a document's `name` (`documentName`, already made
 * valid and unique by the caller) and `citations`.
 */
export function convertMediaToConverse(part: Extract<Part, { type: 'image' | 'document' | 'video' }>, documentName: string | undefined, path: string): ConverseContentBlock {
  const format = mapConverseMediaFormat(part.type, part.mediaType);
  if (format === undefined) {
    throw new InputError({
      message: `${path}: Converse can't carry ${part.type} type ${JSON.stringify(part.mediaType)}; convert it to ${Object.keys(converseMediaFormats[part.type]).join(', ')}.`,
    });
  }
  const citations = part.type === 'document' && part.citations ? { enabled: true } : undefined;
  return { [part.type]: omitUndefined({ format, name: documentName, source: convertMediaSource(part.data), citations }) };
}

/** Media bytes as base64, or an S3 object as `s3Location` (service model `S3Location`). */
function convertMediaSource(data: MediaData): Record<string, unknown> {
  if (isS3Data(data)) return { s3Location: omitUndefined({ uri: data.s3Uri, bucketOwner: data.bucketOwner }) };
  return { bytes: convertDataContentToBase64(data) };
}
