import { convertDataContentToBase64, createNativeInputError, omitUndefined, type Message, type ModelInfo, converseMediaFormats, mapConverseMediaFormat } from '@bedrock-kit/core';
import { checkNovaMedia } from './check-nova-media';
import { novaCachePoint } from './nova-cache-point';
import type { NovaContentBlock, NovaMessage } from './nova-types';
import { checkCacheTtl } from './check-cache-ttl';

/** A part as the native codec reads it: round two's `video` and `cache-point` parts and S3 data included. */
type LoosePart = { type: string; [key: string]: unknown };

/**
 * The conversation as Nova `messages`. Parts become the blocks of the request schema: text, image,
 * document and video (bytes as base64; a video may come from S3), `toolUse` / `toolResult`, reasoning
 * (Nova 1 as the `<thinking>` text it wrote, Nova 2 as `reasoningContent`) and `cachePoint`.
 * Anything the native body or the model can't take is an `InputError` naming the part and the model.
 */
export function convertToNovaMessages(messages: Message[], model: ModelInfo, generation: 1 | 2): NovaMessage[] {
  checkNovaMedia(messages, model);
  return messages.map((message, m) => {
    const parts: LoosePart[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : (message.content as unknown as LoosePart[]);
    return { role: message.role, content: parts.map((part, p) => convertPart(part, model, generation, `messages[${m}].content[${p}]`)) };
  });
}

function convertPart(part: LoosePart, model: ModelInfo, generation: 1 | 2, path: string): NovaContentBlock {
  switch (part.type) {
    case 'text':
      // `guardContent` exists on Converse only (API.md "guard parts").
      if (part.guard) throw refusal(`${path}: can't carry a guard text part (guardContent); use useConverse: true`);
      return { text: part.text };
    case 'image':
    case 'document':
    case 'video':
      return convertMedia(part, part.type, model, path);
    case 'tool-call':
      return { toolUse: { toolUseId: part.id, name: part.name, input: part.input ?? {} } };
    case 'tool-result':
      return { toolResult: omitUndefined({ toolUseId: part.id, content: convertToolOutput(part.output), status: part.isError ? 'error' : undefined }) };
    case 'reasoning':
      if (part.redacted !== undefined) throw refusal(`${path}: can't carry redacted reasoning`);
      return generation === 1 ? { text: `<thinking>${String(part.text)}</thinking>` } : { reasoningContent: { reasoningText: { text: part.text } } };
    case 'cache-point':
      if (!model.capabilities.promptCaching) throw refusal(`${path}: ${modelName(model)} has no prompt caching; drop the cache-point part`);
      checkCacheTtl(part.ttl, model, `${path}.ttl`);
      return novaCachePoint;
    default:
      throw refusal(`${path}: can't carry a part of type ${JSON.stringify(part.type)}`);
  }
}

function convertMedia(part: LoosePart, kind: 'image' | 'document' | 'video', model: ModelInfo, path: string): NovaContentBlock {
  // Whether the model takes the kind at all is checked first (checkNovaMedia).
  const mediaType = String(part.mediaType);
  const format = mapConverseMediaFormat(kind, mediaType);
  if (format === undefined) {
    throw refusal(`${path}: ${modelName(model)} takes no ${kind} of type ${JSON.stringify(mediaType)}; use ${Object.keys(converseMediaFormats[kind]).join(', ')}`);
  }
  const data = part.data;
  let source: Record<string, unknown>;
  if (typeof data === 'object' && data !== null && !(data instanceof Uint8Array)) {
    const { s3Uri, bucketOwner } = data as { s3Uri?: unknown; bucketOwner?: unknown };
    // The native body takes S3 locations for video only (API.md "S3 and video").
    if (kind !== 'video' || typeof s3Uri !== 'string') throw refusal(`${path}: can't carry ${kind} data from S3; use useConverse: true or pass the bytes`);
    source = { s3Location: omitUndefined({ uri: s3Uri, bucketOwner }) };
  } else {
    source = { bytes: convertDataContentToBase64(data as Uint8Array | string) };
  }
  return { [kind]: omitUndefined({ format, name: kind === 'document' ? (part.name ?? `document-${(path.match(/\d+/g) ?? []).join('-')}`) : undefined, source }) };
}

/** Tool output as `toolResult.content`: objects as `json`, anything else as text (Converse's rule). */
function convertToolOutput(output: unknown): NovaContentBlock[] {
  if (output === undefined || output === null || output === '') return [{ json: {} }];
  if (typeof output === 'object') return [{ json: output }];
  return [{ text: typeof output === 'string' ? output : (JSON.stringify(output) ?? String(output)) }];
}

function modelName(model: ModelInfo): string {
  return model.baseModelId ?? model.modelId;
}

function refusal(problem: string) {
  return createNativeInputError('amazon', `${problem}.`);
}
