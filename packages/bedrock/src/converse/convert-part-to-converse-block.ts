import { convertDataContentToBase64, InputError, type ConverseContentBlock, type Part } from '@bedrock-kit/core';
import type { ToolIdMap } from './create-tool-id-map';
import type { DocumentNamer } from './create-document-namer';
import { convertToolOutputToConverse } from './convert-tool-output-to-converse';
import { converseDocumentFormats, mapConverseDocumentFormat } from './map-converse-document-format';
import { converseImageFormats, mapConverseImageFormat } from './map-converse-image-format';
import { mapToolIdToConverse } from './map-tool-id-to-converse';

/** What converting one part needs to know about the rest of the request. */
export interface PartConversionContext {
  toolIds: ToolIdMap;
  documentNames: DocumentNamer;
  /** Where the part sits, for error messages, e.g. `messages[2].content[0]`. */
  path: string;
}

/**
 * One message part as a Converse `ContentBlock` (service model shapes
 * `ImageBlock`, `DocumentBlock`, `ToolUseBlock`, `ToolResultBlock`,
 * `ReasoningContentBlock`). Throws `InputError` for a part Converse can't
 * carry: nothing is dropped silently.
 */
export function convertPartToConverseBlock(part: Part, context: PartConversionContext): ConverseContentBlock {
  switch (part.type) {
    case 'text':
      return { text: part.text };
    case 'image': {
      const format = mapConverseImageFormat(part.mediaType);
      if (format === undefined) throw unsupportedMedia(context.path, 'image', part.mediaType, converseImageFormats);
      return { image: { format, source: { bytes: convertDataContentToBase64(part.data) } } };
    }
    case 'document': {
      const format = mapConverseDocumentFormat(part.mediaType);
      if (format === undefined) throw unsupportedMedia(context.path, 'document', part.mediaType, converseDocumentFormats);
      const name = context.documentNames.next(part.name);
      return { document: { format, name, source: { bytes: convertDataContentToBase64(part.data) } } };
    }
    case 'tool-call':
      return {
        toolUse: { toolUseId: mapToolIdToConverse(part.id, context.toolIds), name: part.name, input: part.input ?? {} },
      };
    case 'tool-result':
      return {
        toolResult: {
          toolUseId: mapToolIdToConverse(part.id, context.toolIds),
          content: convertToolOutputToConverse(part.output),
          // `status` is only supported by Nova and Claude (service model `ToolResultBlock.status`): send it only when it says something.
          ...(part.isError ? { status: 'error' } : {}),
        },
      };
    case 'reasoning':
      return part.redacted !== undefined
        ? { reasoningContent: { redactedContent: part.redacted } }
        : {
            reasoningContent: {
              reasoningText: { text: part.text, ...(part.signature !== undefined ? { signature: part.signature } : {}) },
            },
          };
    default:
      throw new InputError({
        message: `${context.path}: unknown part type ${JSON.stringify((part as { type?: unknown }).type)} can't be sent through Converse. Use text, image, document, tool-call, tool-result or reasoning.`,
      });
  }
}

function unsupportedMedia(
  path: string,
  kind: 'image' | 'document',
  mediaType: string,
  supported: Readonly<Record<string, string>>,
): InputError {
  return new InputError({
    message: `${path}: the ${kind} part has media type ${JSON.stringify(mediaType)}, which the Converse route can't carry. Converse accepts ${kind}s of type ${Object.keys(supported).join(', ')}; convert the ${kind} or remove the part.`,
  });
}
