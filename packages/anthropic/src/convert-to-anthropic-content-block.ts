import { convertBase64ToBytes, convertDataContentToBase64, createNativeInputError, isS3Data, type MediaData, type Part, omitUndefined } from '@bedrock-kit/core';
import type { AnthropicContentBlock } from './anthropic-messages-types';
import { convertRedactedPartToData } from './convert-redacted-reasoning';

/** Image types the Messages API accepts (https://docs.anthropic.com/en/docs/build-with-claude/vision). */
const imageMediaTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

/**
 * One message part → one Messages API content block. Throws `InputError` for a part the native
 * body can't carry (never drops it). `citations` asks for citations on document blocks.
 */
export function convertToAnthropicContentBlock(part: Part, role: 'user' | 'assistant', citations: boolean): AnthropicContentBlock {
  switch (part.type) {
    case 'text':
      // guardContent exists on Converse only (the facade routes guarded text there).
      if (part.guard !== undefined) refuse("can't carry a guarded text part (guardContent); use Converse.");
      return { type: 'text', text: part.text };
    case 'image':
      onlyIn('user', role, part.type);
      if (!imageMediaTypes.includes(part.mediaType)) {
        refuse(`can't carry an image part of type ${part.mediaType}; convert it to JPEG, PNG, GIF or WebP.`);
      }
      return { type: 'image', source: { type: 'base64', media_type: part.mediaType, data: convertBytes(part.data, part.type) } };
    case 'document':
      onlyIn('user', role, part.type);
      return omitUndefined({
        type: 'document',
        source: convertDocumentSource(part.data, part.mediaType),
        title: part.name,
        citations: citations || part.citations ? { enabled: true } : undefined,
      });
    case 'video':
      return refuse("can't carry a video part: Claude takes no video.");
    case 'cache-point':
      // Placed as `cache_control` on the block before it by convertToAnthropicMessages; never a block of its own.
      return refuse("can't carry a cache point here: it must follow a block of the same message.");
    case 'tool-call':
      onlyIn('assistant', role, part.type);
      return { type: 'tool_use', id: part.id, name: part.name, input: convertToolInput(part.input, part.name) };
    case 'tool-result':
      onlyIn('user', role, part.type);
      return omitUndefined({
        type: 'tool_result',
        tool_use_id: part.id,
        content: convertToolResultContent(part, citations),
        is_error: part.isError || undefined,
      });
    case 'reasoning':
      onlyIn('assistant', role, part.type);
      if (part.redacted !== undefined) return { type: 'redacted_thinking', data: convertRedactedPartToData(part.redacted) };
      // Claude verifies thinking blocks by their signature.
      if (part.signature === undefined) {
        refuse("can't send back a reasoning part without its signature; pass it back as returned, or drop it.");
      }
      return { type: 'thinking', thinking: part.text, signature: part.signature };
  }
}

/**
 * A tool result's content: the output as a string, or, with content parts, blocks (the output
 * first as a text block when given, then text, image and document blocks).
 */
function convertToolResultContent(part: Extract<Part, { type: 'tool-result' }>, citations: boolean): string | AnthropicContentBlock[] {
  const output = typeof part.output === 'string' ? part.output : JSON.stringify(part.output ?? null);
  if (!part.content?.length) return output;
  const blocks = part.content.map((inner) => convertToAnthropicContentBlock(inner, 'user', citations));
  return part.output === undefined ? blocks : [{ type: 'text', text: output }, ...blocks];
}

/** Media bytes as base64; an S3 object is refused (the native body has no S3 source). */
function convertBytes(data: MediaData, kind: string): string {
  if (isS3Data(data)) refuse(`can't carry ${kind} data from S3 (s3Location is Converse only); pass the bytes or use Converse.`);
  return convertDataContentToBase64(data);
}

/*
 * PDFs travel as base64; text documents as a text source (Anthropic accepts only `text/plain` there,
 * so Markdown, CSV and HTML are sent as their text). https://docs.anthropic.com/en/docs/build-with-claude/pdf-support
 */
function convertDocumentSource(data: MediaData, mediaType: string): Record<string, unknown> {
  if (isS3Data(data)) refuse("can't carry document data from S3 (s3Location is Converse only); pass the bytes or use Converse.");
  if (mediaType === 'application/pdf') return { type: 'base64', media_type: mediaType, data: convertDataContentToBase64(data) };
  if (!mediaType.startsWith('text/')) {
    refuse(`can't carry a document part of type ${mediaType} (only PDF and text); convert it, or set providerOptions.useConverse: true.`);
  }
  const bytes = typeof data === 'string' ? convertBase64ToBytes(data) : data;
  return { type: 'text', media_type: 'text/plain', data: new TextDecoder().decode(bytes) };
}

/** Claude's `tool_use.input` must be a JSON object; a JSON string of one is parsed. */
function convertToolInput(input: unknown, name: string): unknown {
  if (input === undefined) return {};
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      // not JSON: refused below as a string
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    refuse(`needs the input of tool-call part "${name}" to be a JSON object; got ${Array.isArray(value) ? 'an array' : typeof value}.`);
  }
  return value;
}

function onlyIn(expected: 'user' | 'assistant', role: 'user' | 'assistant', part: string): void {
  if (role !== expected) {
    refuse(`can't carry a ${part} part in ${role === 'user' ? 'a' : 'an'} ${role} message; Claude takes it only from the ${expected}.`);
  }
}

function refuse(problem: string): never {
  throw createNativeInputError('anthropic', problem);
}
