import { InputError, type Message, type Part } from '@bedrock-kit/core';
import { convertDocumentToCohere, type CohereDocument } from './convert-document-to-cohere';
import {
  asParameters,
  convertToCohereToolResult,
  type CohereToolCall,
  type CohereToolResult,
} from './convert-to-cohere-tool-result';

/** One `chat_history` entry of the Command R native body. */
export type CohereChatHistoryEntry =
  | { role: 'USER'; message: string }
  | { role: 'CHATBOT'; message: string; tool_calls?: CohereToolCall[] }
  | { role: 'TOOL'; tool_results: CohereToolResult[] };

/** The conversation as Command R's native body spells it. */
export interface CohereChatMessages {
  /** The text of the last user turn (empty when that turn only returns tool results). */
  message: string;
  chat_history: CohereChatHistoryEntry[];
  /** Every document part of the request, in order (Cohere names them `doc_0`, `doc_1` …). */
  documents: CohereDocument[];
  /** Tool results of the last user turn. */
  tool_results: CohereToolResult[];
}

/**
 * Messages → `message` + `chat_history` (+ `documents`, `tool_results`).
 * Command R answers the last user turn, so the conversation must end with
 * one. Documents are request-wide in Cohere's body, so document parts of any
 * user turn are gathered into `documents` in order.
 */
export function convertToCohereChatMessages(messages: readonly Message[]): CohereChatMessages {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user') {
    throw new InputError({
      message:
        'Cohere native InvokeModel answers the last user turn: the messages must end with a user message ' +
        '(an assistant prefill is not supported by Command R). Add a user message, or use Converse.',
    });
  }
  const documents: CohereDocument[] = [];
  const chat_history: CohereChatHistoryEntry[] = [];
  for (let i = 0; i < messages.length - 1; i++) {
    const message = messages[i]!;
    if (message.role === 'assistant') chat_history.push(convertAssistant(partsOf(message)));
    else chat_history.push(...convertUser(partsOf(message), messages.slice(0, i), documents).history);
  }
  const turn = convertUser(partsOf(last), messages.slice(0, -1), documents);
  return { message: turn.text, chat_history, documents, tool_results: turn.toolResults };
}

function partsOf(message: Message): Part[] {
  return typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
}

function convertUser(parts: Part[], history: readonly Message[], documents: CohereDocument[]) {
  const texts: string[] = [];
  const toolResults: CohereToolResult[] = [];
  for (const part of parts) {
    switch (part.type) {
      case 'text':
        texts.push(part.text);
        break;
      case 'document':
        documents.push(convertDocumentToCohere(part, documents.length));
        break;
      case 'tool-result':
        toolResults.push(convertToCohereToolResult(part, history));
        break;
      default:
        throw cannotCarry(part.type, 'user');
    }
  }
  const text = texts.join('\n\n');
  const entries: CohereChatHistoryEntry[] = [];
  if (toolResults.length > 0) entries.push({ role: 'TOOL', tool_results: toolResults });
  if (texts.length > 0) entries.push({ role: 'USER', message: text });
  return { text, toolResults, history: entries };
}

function convertAssistant(parts: Part[]): CohereChatHistoryEntry {
  const texts: string[] = [];
  const toolCalls: CohereToolCall[] = [];
  for (const part of parts) {
    if (part.type === 'text') texts.push(part.text);
    else if (part.type === 'tool-call') toolCalls.push({ name: part.name, parameters: asParameters(part.input, part.name) });
    else throw cannotCarry(part.type, 'assistant');
  }
  const entry: CohereChatHistoryEntry = { role: 'CHATBOT', message: texts.join('\n\n') };
  if (toolCalls.length > 0) entry.tool_calls = toolCalls;
  return entry;
}

function cannotCarry(type: Part['type'], role: Message['role']): InputError {
  const why: Record<string, string> = {
    image: 'Command R takes no images on Bedrock',
    reasoning: 'Command R has no reasoning blocks',
    document: 'documents belong in user turns',
    'tool-call': 'tool calls belong in assistant turns',
    'tool-result': 'tool results belong in user turns',
  };
  return new InputError({
    message:
      `Cohere native InvokeModel can't carry ${type} parts in ${role === 'assistant' ? 'an' : 'a'} ${role} message (${why[type] ?? 'unsupported part'}). ` +
      `Remove the ${type} part${type === 'image' ? ', or choose a model with image input' : ''}.`,
  });
}
