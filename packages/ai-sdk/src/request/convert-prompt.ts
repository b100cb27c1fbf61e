import type { LanguageModelV4FilePart, LanguageModelV4Prompt, LanguageModelV4ToolResultOutput, SharedV4Warning } from '@ai-sdk/provider';
import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { Message, Part } from '@bedrock-kit/core';
import { readBedrockKitOptions } from './read-bedrock-kit-options';

/** The prompt as bedrock-kit takes it. */
export interface ConvertedPrompt {
  system?: string;
  messages: Message[];
  /** The request's documents in order: a citation's `documentIndex` points into this list. */
  documents: RequestDocument[];
}

/** What a citation needs to know about the document it cites. */
export interface RequestDocument {
  mediaType: string;
  name?: string;
}

/**
 * Converts the AI SDK prompt into bedrock-kit's `system` and `messages`.
 * Tool messages become user turns of `tool-result` parts (Bedrock's shape), and
 * consecutive turns of one role are merged because Bedrock wants them alternating.
 */
export function convertPrompt(prompt: LanguageModelV4Prompt, warnings: SharedV4Warning[]): ConvertedPrompt {
  const system: string[] = [];
  const messages: Message[] = [];
  const documents: RequestDocument[] = [];
  const push = (role: Message['role'], parts: Part[]) => {
    if (parts.length === 0) return;
    const last = messages[messages.length - 1];
    if (last && last.role === role) (last.content as Part[]).push(...parts);
    else messages.push({ role, content: parts });
  };

  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        // bedrock-kit has one system prompt; a later instruction joins it (said in a warning, never dropped).
        if (messages.length > 0) {
          warnings.push({ type: 'compatibility', feature: 'system message after the first user turn', details: 'joined to the system prompt' });
        }
        system.push(message.content);
        break;
      case 'user':
        push('user', message.content.map((part) => (part.type === 'text' ? { type: 'text', text: part.text } : convertFilePart(part))));
        break;
      case 'assistant': {
        const parts: Part[] = [];
        for (const part of message.content) {
          switch (part.type) {
            case 'text':
              if (part.text !== '') parts.push({ type: 'text', text: part.text });
              break;
            case 'file':
              parts.push(convertFilePart(part));
              break;
            case 'reasoning': {
              const options = readBedrockKitOptions(part.providerOptions);
              parts.push({
                type: 'reasoning',
                text: part.text,
                ...(typeof options?.signature === 'string' ? { signature: options.signature } : {}),
                ...(typeof options?.redacted === 'string' ? { redacted: options.redacted } : {}),
              });
              break;
            }
            case 'tool-call':
              // Provider-executed calls (server tools) are the service's business, not a turn to replay.
              if (part.providerExecuted) break;
              parts.push({ type: 'tool-call', id: part.toolCallId, name: part.toolName, input: part.input });
              break;
            case 'tool-result':
              warnings.push({ type: 'unsupported', feature: 'provider-executed tool result in an assistant message', details: `tool call ${part.toolCallId} left out` });
              break;
            default:
              warnings.push({ type: 'unsupported', feature: `assistant ${part.type} part`, details: 'left out of the request' });
          }
        }
        push('assistant', placeRedactedReasoning(parts));
        break;
      }
      case 'tool': {
        const parts: Part[] = [];
        for (const part of message.content) {
          // Approval responses are settled by the AI SDK before the model sees the turn.
          if (part.type !== 'tool-result') continue;
          parts.push({ type: 'tool-result', id: part.toolCallId, name: part.toolName, ...convertToolResultOutput(part.output) });
        }
        push('user', parts);
        break;
      }
    }
  }
  for (const message of messages) {
    for (const part of message.content as Part[]) {
      if (part.type === 'document') documents.push({ mediaType: part.mediaType, ...(part.name !== undefined ? { name: part.name } : {}) });
    }
  }
  return { ...(system.length > 0 ? { system: system.join('\n\n') } : {}), messages, documents };
}

/**
 * A streamed answer gives redacted reasoning no place (bedrock-kit streams no event for it), so it
 * arrives after the text. Claude writes reasoning before everything else in a turn and wants it back
 * there, so a redacted block found after other parts moves to the end of the leading reasoning.
 */
function placeRedactedReasoning(parts: Part[]): Part[] {
  const isLateRedacted = (part: Part, index: number) =>
    part.type === 'reasoning' && part.redacted !== undefined && part.text === '' && parts.slice(0, index).some((before) => before.type !== 'reasoning');
  const late = parts.filter(isLateRedacted);
  if (late.length === 0) return parts;
  const rest = parts.filter((part, index) => !isLateRedacted(part, index));
  const leading = rest.findIndex((part) => part.type !== 'reasoning');
  return [...rest.slice(0, leading), ...late, ...rest.slice(leading)];
}

function convertFilePart(part: LanguageModelV4FilePart): Part {
  let data: Uint8Array | string;
  switch (part.data.type) {
    case 'data':
      data = part.data.data;
      break;
    case 'text':
      data = new TextEncoder().encode(part.data.text);
      break;
    default:
      // `supportedUrls` is empty, so the AI SDK downloads URLs before calling; references have no Bedrock form.
      throw new UnsupportedFunctionalityError({ functionality: `file parts given as ${part.data.type}` });
  }
  if (part.mediaType.startsWith('image/')) return { type: 'image', data, mediaType: part.mediaType };
  return { type: 'document', data, mediaType: part.mediaType, ...(part.filename ? { name: part.filename } : {}) };
}

function convertToolResultOutput(output: LanguageModelV4ToolResultOutput): { output: unknown; isError?: boolean } {
  switch (output.type) {
    case 'text':
    case 'json':
      return { output: output.value };
    case 'error-text':
    case 'error-json':
      return { output: output.value, isError: true };
    case 'execution-denied':
      return { output: output.reason ?? 'Tool execution denied.', isError: true };
    case 'content': {
      const texts: string[] = [];
      for (const item of output.value) {
        if (item.type !== 'text') throw new UnsupportedFunctionalityError({ functionality: `tool result content of type ${item.type}` });
        texts.push(item.text);
      }
      return { output: texts.join('\n') };
    }
  }
}
