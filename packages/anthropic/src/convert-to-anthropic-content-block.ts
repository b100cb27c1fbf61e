import { convertBase64ToBytes, convertDataContentToBase64, InputError, type Part } from '@bedrock-kit/core';
import type { AnthropicContentBlock } from './anthropic-messages-types';
import { convertRedactedPartToData } from './convert-redacted-reasoning';

/** Image types the Messages API accepts (https://docs.anthropic.com/en/docs/build-with-claude/vision). */
const imageMediaTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

const route = 'anthropic native InvokeModel';

/** Options for {@link convertToAnthropicContentBlock}. */
export interface ContentBlockOptions {
  role: 'user' | 'assistant';
  /** Ask for citations on document blocks. */
  citations: boolean;
}

/**
 * One message part → one Messages API content block. Throws `InputError` for a part the native
 * body can't carry (never drops it).
 */
export function convertToAnthropicContentBlock(part: Part, options: ContentBlockOptions): AnthropicContentBlock {
  const { role } = options;
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'image': {
      onlyIn('user', role, 'image');
      if (!imageMediaTypes.includes(part.mediaType)) {
        throw new InputError({
          message: `${route} can't carry an image part of type ${part.mediaType}: Claude accepts ${imageMediaTypes.join(', ')}. Convert the image first.`,
        });
      }
      const data = convertDataContentToBase64(part.data);
      return { type: 'image', source: { type: 'base64', media_type: part.mediaType, data } };
    }
    case 'document': {
      onlyIn('user', role, 'document');
      const block: AnthropicContentBlock = { type: 'document', source: convertDocumentSource(part.data, part.mediaType) };
      if (part.name !== undefined) block.title = part.name;
      if (options.citations) block.citations = { enabled: true };
      return block;
    }
    case 'tool-call':
      onlyIn('assistant', role, 'tool-call');
      return { type: 'tool_use', id: part.id, name: part.name, input: convertToolInput(part.input, part.name) };
    case 'tool-result': {
      onlyIn('user', role, 'tool-result');
      const block: AnthropicContentBlock = {
        type: 'tool_result',
        tool_use_id: part.id,
        content: typeof part.output === 'string' ? part.output : JSON.stringify(part.output ?? null),
      };
      if (part.isError === true) block.is_error = true;
      return block;
    }
    case 'reasoning': {
      onlyIn('assistant', role, 'reasoning');
      if (part.redacted !== undefined) return { type: 'redacted_thinking', data: convertRedactedPartToData(part.redacted) };
      if (part.signature === undefined) {
        throw new InputError({
          message: `${route} can't send back a reasoning part without its signature (Claude verifies thinking blocks): pass it back exactly as returned, or drop it from the history.`,
        });
      }
      return { type: 'thinking', thinking: part.text, signature: part.signature };
    }
  }
}

/*
 * PDFs travel as base64; text documents as a text source (Anthropic accepts only `text/plain` there,
 * so Markdown, CSV and HTML are sent as their text). https://docs.anthropic.com/en/docs/build-with-claude/pdf-support
 */
function convertDocumentSource(data: Uint8Array | string, mediaType: string): Record<string, unknown> {
  if (mediaType === 'application/pdf') {
    return { type: 'base64', media_type: mediaType, data: convertDataContentToBase64(data) };
  }
  if (mediaType.startsWith('text/')) {
    const bytes = typeof data === 'string' ? convertBase64ToBytes(data) : data;
    return { type: 'text', media_type: 'text/plain', data: new TextDecoder().decode(bytes) };
  }
  throw new InputError({
    message: `${route} can't carry a document part of type ${mediaType} (only PDF and text): convert it, or set providerOptions.useConverse: true.`,
  });
}

function convertToolInput(input: unknown, name: string): unknown {
  if (input === undefined) return {};
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      // fall through to the object check below
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError({
      message: `${route} needs the input of tool-call part "${name}" to be a JSON object (Claude's tool_use.input); got ${Array.isArray(value) ? 'an array' : typeof value}.`,
    });
  }
  return value;
}

function onlyIn(expected: 'user' | 'assistant', role: 'user' | 'assistant', part: string): void {
  if (role !== expected) {
    throw new InputError({
      message: `${route} can't carry the ${part} part in ${role === 'user' ? 'a' : 'an'} ${role} message: Claude takes ${part} parts only in ${expected} messages.`,
    });
  }
}
