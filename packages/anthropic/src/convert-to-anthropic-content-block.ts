import { convertBase64ToBytes, convertDataContentToBase64, createNativeInputError, type Part, omitUndefined } from '@bedrock-kit/core';
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
      return { type: 'text', text: part.text };
    case 'image':
      onlyIn('user', role, part.type);
      if (!imageMediaTypes.includes(part.mediaType)) {
        refuse(`can't carry an image part of type ${part.mediaType}; convert it to JPEG, PNG, GIF or WebP.`);
      }
      return { type: 'image', source: { type: 'base64', media_type: part.mediaType, data: convertDataContentToBase64(part.data) } };
    case 'document':
      onlyIn('user', role, part.type);
      return omitUndefined({
        type: 'document',
        source: convertDocumentSource(part.data, part.mediaType),
        title: part.name,
        citations: citations ? { enabled: true } : undefined,
      });
    case 'tool-call':
      onlyIn('assistant', role, part.type);
      return { type: 'tool_use', id: part.id, name: part.name, input: convertToolInput(part.input, part.name) };
    case 'tool-result':
      onlyIn('user', role, part.type);
      return omitUndefined({
        type: 'tool_result',
        tool_use_id: part.id,
        content: typeof part.output === 'string' ? part.output : JSON.stringify(part.output ?? null),
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

/*
 * PDFs travel as base64; text documents as a text source (Anthropic accepts only `text/plain` there,
 * so Markdown, CSV and HTML are sent as their text). https://docs.anthropic.com/en/docs/build-with-claude/pdf-support
 */
function convertDocumentSource(data: Uint8Array | string, mediaType: string): Record<string, unknown> {
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
