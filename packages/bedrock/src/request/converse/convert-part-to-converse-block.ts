import type { ConverseContentBlock, Part } from '@bedrock-kit/core';
import { isPlainPart, readExtendedCode } from '../extended/load-extended-code';
import type { ToolIdMap } from './create-tool-id-map';
import type { DocumentNamer } from '../extended/create-document-namer';
import { convertToolOutputToConverse } from './convert-tool-output-to-converse';
import { mapToolIdToConverse } from './map-tool-id-to-converse';

/** What converting one part needs to know about the rest of the request. */
export interface PartConversionContext {
  toolIds: ToolIdMap;
  /** The request's document names, made by the extended code at its first document (documents are extended parts). */
  documents: { names?: DocumentNamer };
  /** Where the part sits, for error messages, e.g. `messages[2].content[0]`. */
  path: string;
}

/**
 * One message part as a Converse `ContentBlock` (service model `ToolUseBlock`, `ToolResultBlock`,
 * `ImageBlock`, `DocumentBlock` …). Plain text, tool calls and tool results are converted here;
 * every other part by the extended code, loaded before such a request is prepared
 * (`convertExtendedPartToConverse`). A part Converse can't carry is an `InputError`: nothing is dropped silently.
 */
export function convertPartToConverseBlock(part: Part, context: PartConversionContext): ConverseContentBlock {
  if (!isPlainPart(part)) return readExtendedCode().convertExtendedPartToConverse(part, context);
  if (part.type === 'text') return { text: part.text };
  const toolUseId = mapToolIdToConverse(part.id, context.toolIds);
  if (part.type === 'tool-call') return { toolUse: { toolUseId, name: part.name, input: part.input ?? {} } };
  // `status` is only supported by Nova and Claude (service model `ToolResultBlock.status`): sent only when it says something.
  const result: Record<string, unknown> = { toolUseId, content: convertToolOutputToConverse(part.output) };
  if (part.isError) result.status = 'error';
  return { toolResult: result } as ConverseContentBlock;
}
