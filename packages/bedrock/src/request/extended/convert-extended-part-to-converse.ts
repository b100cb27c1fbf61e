import { InputError, omitUndefined, type ConverseContentBlock, type Part, type SystemPart, type TextPart } from '@bedrock-kit/core';
import { convertMediaToConverse } from './convert-media-to-converse';
import { createDocumentNamer } from './create-document-namer';
import type { PartConversionContext } from '../converse/convert-part-to-converse-block';
import { convertToolOutputToConverse } from '../converse/convert-tool-output-to-converse';
import { mapToolIdToConverse } from '../converse/map-tool-id-to-converse';

/**
 * A part beyond plain text, tool calls and tool results without content, as a Converse
 * `ContentBlock` (service model `GuardrailConverseContentBlock`, `CachePointBlock`, `ImageBlock`,
 * `DocumentBlock`, `VideoBlock`, `ToolResultBlock`, `ReasoningContentBlock`): loaded on use, called by
 * `convertPartToConverseBlock` for these parts, and for the parts of a tool result's `content`. Throws
 * `InputError` for a part Converse can't carry: nothing is dropped silently.
 */
export function convertExtendedPartToConverse(part: Part, context: PartConversionContext): ConverseContentBlock {
  const { toolIds, documents, path } = context;
  switch (part.type) {
    case 'text':
    case 'cache-point':
      return convertSystemPartToConverse(part);
    case 'image':
    case 'document':
    case 'video':
      return convertMediaToConverse(part, part.type === 'document' ? (documents.names ??= createDocumentNamer()).next(part.name) : undefined, path);
    case 'tool-result':
      return {
        toolResult: omitUndefined({
          toolUseId: mapToolIdToConverse(part.id, toolIds),
          content: convertToolResultContent(part, context),
          // `status` is only supported by Nova and Claude (service model `ToolResultBlock.status`): send it only when it says something.
          status: part.isError ? 'error' : undefined,
        }),
      };
    case 'reasoning':
      return {
        reasoningContent:
          part.redacted !== undefined
            ? { redactedContent: part.redacted }
            : { reasoningText: omitUndefined({ text: part.text, signature: part.signature }) },
      };
    default:
      throw new InputError({
        message: `${path}: unknown part type ${JSON.stringify((part as { type?: unknown }).type)}; use text, image, document, video, cache-point, tool-call, tool-result or reasoning.`,
      });
  }
}

/**
 * A text (guarded or not) or cache-point part, of a message or of `system`, as a Converse block: `text`,
 * `guardContent` (service model `GuardrailConverseTextBlock`; `validateExtendedPart` checked its `guard`)
 * or `cachePoint`. The same blocks serve `SystemContentBlock`.
 */
export function convertSystemPartToConverse(part: SystemPart): ConverseContentBlock {
  if (part.type === 'cache-point') return { cachePoint: omitUndefined({ type: 'default', ttl: part.ttl }) };
  return part.guard ? { guardContent: { text: convertGuardedText(part.text, part.guard) } } : { text: part.text };
}

function convertGuardedText(text: string, guard: NonNullable<TextPart['guard']>): Record<string, unknown> {
  return guard === true ? { text } : { text, qualifiers: guard.qualifiers };
}

/**
 * `ToolResultBlock.content`: the output (when given, or when there are no content parts) as
 * `json` / `text`, then the content parts as text, image, document and video blocks.
 */
function convertToolResultContent(part: Extract<Part, { type: 'tool-result' }>, context: PartConversionContext): ConverseContentBlock[] {
  const parts = part.content ?? [];
  const output = part.output !== undefined || parts.length === 0 ? convertToolOutputToConverse(part.output) : [];
  return [
    ...output,
    ...parts.map((inner, index) => {
      // An empty text block is a ValidationException.
      if (inner.type === 'text' && inner.text === '') throw new InputError({ message: `${context.path}.content[${index}]: a tool result's text part must not be empty.` });
      // Text, image, document or video (`validateExtendedPart` allows no other part here).
      return convertExtendedPartToConverse(inner, { ...context, path: `${context.path}.content[${index}]` });
    }),
  ];
}
