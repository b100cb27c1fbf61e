import type { Part } from '@bedrock-kit/core';
import { isJsonValue } from '../is-json-value';
import { throwInputError } from '../throw-input-error';

/** Service model `S3Uri` and `AccountId`. */
const s3UriPattern = /^s3:\/\/[a-z0-9][.\-a-z0-9]{1,61}[a-z0-9](\/.*)?$/;
const accountIdPattern = /^[0-9]{12}$/;
const qualifiers = ['grounding_source', 'query', 'guard_content'];
const toolResultContentTypes = ['text', 'image', 'document', 'video'];
const mediaHint = 'a Uint8Array, a base64 string or { s3Uri, bucketOwner? }';

/**
 * Every rule of one part, round two's included (loaded on use: `validatePart` handles plain text and
 * tool parts itself), known before sending (API.md "Parts"): media `data` as bytes,
 * base64 or `{ s3Uri, bucketOwner? }` with an `s3://` URI; `guard` as `true` or qualifiers;
 * `citations` a boolean; a cache point's `ttl`; a tool result's output (JSON) and `content` parts.
 * Which route and model can carry them is checked later.
 */
export function validateExtendedPart(part: Part, path: string): void {
  switch (part.type) {
    case 'text':
      if (part.guard !== undefined && part.guard !== true) {
        const list: unknown = (part.guard as { qualifiers?: unknown } | null)?.qualifiers;
        if (!Array.isArray(list) || list.some((q) => !qualifiers.includes(q))) {
          throwInputError(`${path}.guard must be true or { qualifiers: (${qualifiers.join(' | ')})[] }.`);
        }
      }
      return;
    case 'image':
    case 'document':
    case 'video':
      if (typeof part.mediaType !== 'string') throwInputError(`${path}.mediaType must be a string.`);
      validateMediaData(part.data, `${path}.data`);
      if (part.type === 'document' && part.citations !== undefined && typeof part.citations !== 'boolean') {
        throwInputError(`${path}.citations must be a boolean.`);
      }
      return;
    case 'cache-point':
      if (part.ttl !== undefined && part.ttl !== '5m' && part.ttl !== '1h') throwInputError(`${path}.ttl must be '5m' or '1h'; got ${JSON.stringify(part.ttl)}.`);
      return;
    case 'tool-result':
      // Worded here, not with refuseRequest('toolOutput'): a chunk loaded on use that imports the refusal
      // module makes bundlers split that module out of the entry (+51 B up front, measured).
      if (!isJsonValue(part.output)) throwInputError(`tool-result ${JSON.stringify(part.id)}: its output is not JSON.`);
      if (part.content === undefined) return;
      if (!Array.isArray(part.content)) throwInputError(`${path}.content must be an array of parts.`);
      part.content.forEach((inner, index) => {
        const type: unknown = (inner as { type?: unknown } | null)?.type;
        if (!toolResultContentTypes.includes(type as string) || (inner as { guard?: unknown }).guard !== undefined) {
          throwInputError(`${path}.content[${index}]: a tool result holds text, image, document or video parts (not guarded); got ${JSON.stringify(type)}.`);
        }
        validateExtendedPart(inner, `${path}.content[${index}]`);
      });
      return;
    default:
      return;
  }
}

function validateMediaData(data: unknown, path: string): void {
  if (typeof data === 'string' || data instanceof Uint8Array) return;
  if (typeof data !== 'object' || data === null) throwInputError(`${path} must be ${mediaHint}.`);
  const { s3Uri, bucketOwner } = data as { s3Uri?: unknown; bucketOwner?: unknown };
  if (typeof s3Uri !== 'string' || !s3UriPattern.test(s3Uri) || s3Uri.length > 1024) {
    throwInputError(`${path}.s3Uri must be an S3 object URI starting with s3://; got ${JSON.stringify(s3Uri)}.`);
  }
  if (bucketOwner !== undefined && (typeof bucketOwner !== 'string' || !accountIdPattern.test(bucketOwner))) {
    throwInputError(`${path}.bucketOwner must be a 12-digit AWS account ID; got ${JSON.stringify(bucketOwner)}.`);
  }
}
